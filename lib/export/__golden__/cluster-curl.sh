#!/bin/sh
# Creates the Data Platform cluster analytics.prod: POST /clusters with the exact body the console sends.
# Needs IONOS_TOKEN in the environment (for example from `ionosctl token generate`).
curl --fail-with-body --silent --show-error \
  --request POST https://api.ionos.com/dataplatform/clusters \
  --header "Authorization: Bearer $IONOS_TOKEN" \
  --header 'Content-Type: application/json' \
  --data-binary @- <<'JSON'
{
  "properties": {
    "name": "analytics.prod",
    "dataPlatformVersion": "25.3",
    "datacenterId": "0f0a3c8e-5b1d-4c2e-9a61-1d2b3c4d5e01",
    "maintenanceWindow": {
      "dayOfTheWeek": "Saturday",
      "time": "22:00:00"
    },
    "lans": [
      {
        "lanId": "2",
        "dhcp": true,
        "routes": [
          {
            "network": "10.1.0.0/16",
            "gateway": "10.0.0.1"
          }
        ]
      },
      {
        "lanId": "3",
        "dhcp": false,
        "routes": [
          {
            "network": "192.168.40.0/24",
            "gateway": "192.168.40.1"
          },
          {
            "network": "fd00:1::/64",
            "gateway": "fd00:1::1"
          }
        ]
      }
    ]
  }
}
JSON
