#!/bin/sh
# Creates the Data Platform node pool workers: POST /clusters/5c2b4a10-7d3e-4f6a-8b9c-0d1e2f3a4b5c/nodepools with the exact body the console sends.
# Needs IONOS_TOKEN in the environment (for example from `ionosctl token generate`).
curl --fail-with-body --silent --show-error \
  --request POST https://api.ionos.com/dataplatform/clusters/5c2b4a10-7d3e-4f6a-8b9c-0d1e2f3a4b5c/nodepools \
  --header "Authorization: Bearer $IONOS_TOKEN" \
  --header 'Content-Type: application/json' \
  --data-binary @- <<'JSON'
{
  "properties": {
    "name": "workers",
    "nodeCount": 2,
    "cpuFamily": "INTEL_SKYLAKE",
    "coresCount": 8,
    "ramSize": 16384,
    "availabilityZone": "ZONE_1",
    "storageType": "HDD",
    "storageSize": 100,
    "maintenanceWindow": {
      "dayOfTheWeek": "Sunday",
      "time": "03:00:00"
    },
    "labels": {
      "app": "kafka",
      "example.com/team": "data-eng"
    },
    "annotations": {
      "example.com/note": "He said \"ship it\" \\o/\nthen left: ${var.x} 100%{y}, it's done",
      "owner": "a,b=c"
    },
    "autoScaling": {
      "minNodeCount": 2,
      "maxNodeCount": 5
    }
  }
}
JSON
