#!/bin/sh
# ionosctl v6.9.1: the last release with Data Platform commands (v6.9.2 removed them in August 2025).
# Credentials come from the environment: IONOS_TOKEN, or IONOS_USERNAME and IONOS_PASSWORD.
# Creates the cluster analytics.prod.
# Not expressible: ionosctl has no flags for LANs. Attach LAN 2 (1 route), LAN 3 (2 routes) with the console, curl or Terraform.
ionosctl dataplatform cluster create \
  --name analytics.prod \
  --datacenter-id 0f0a3c8e-5b1d-4c2e-9a61-1d2b3c4d5e01 \
  --version 25.3 \
  --maintenance-day Saturday \
  --maintenance-time 22:00:00
# --wait-for-request does nothing for these commands: poll `ionosctl dataplatform cluster get --cluster-id <cluster-id>` until the state is AVAILABLE.
