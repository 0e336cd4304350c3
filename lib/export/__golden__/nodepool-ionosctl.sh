#!/bin/sh
# ionosctl v6.9.1: the last release with Data Platform commands (v6.9.2 removed them in August 2025).
# Credentials come from the environment: IONOS_TOKEN, or IONOS_USERNAME and IONOS_PASSWORD.
# Creates the node pool workers.
# Not expressible: availability zone ZONE_1. --availability-zone is broken in v6.9.1, so the API picks (AUTO).
# Not expressible: autoscaling 2–5 nodes. ionosctl has no flags for it; set it in the console, curl or Terraform.
ionosctl dataplatform nodepool create \
  --cluster-id 5c2b4a10-7d3e-4f6a-8b9c-0d1e2f3a4b5c \
  --name workers \
  --node-count 2 \
  --cpu-family INTEL_SKYLAKE \
  --cores 8 \
  --ram 16384 \
  --storage-type HDD \
  --storage-size 100 \
  --maintenance-day Sunday \
  --maintenance-time 03:00:00 \
  --labels app=kafka \
  --labels example.com/team=data-eng \
  --annotations 'example.com/note=He said "ship it" \o/
then left: ${var.x} 100%{y}, it'\''s done' \
  --annotations '"owner=a,b=c"'
# --wait-for-request does nothing for these commands: poll `ionosctl dataplatform nodepool get --cluster-id 5c2b4a10-7d3e-4f6a-8b9c-0d1e2f3a4b5c --nodepool-id <nodepool-id>` until the state is AVAILABLE.
