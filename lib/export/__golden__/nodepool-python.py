"""Creates the Data Platform node pool workers (POST /clusters/5c2b4a10-7d3e-4f6a-8b9c-0d1e2f3a4b5c/nodepools) with ionoscloud_dataplatform."""
# pip install ionoscloud-dataplatform
# Credentials come from the SDK’s environment variables: IONOS_TOKEN, or IONOS_USERNAME and IONOS_PASSWORD;
# a token wins when both are set. IONOS_API_URL overrides the API URL.
import os

import ionoscloud_dataplatform

configuration = ionoscloud_dataplatform.Configuration(
    host=os.environ.get("IONOS_API_URL"),
    token=os.environ.get("IONOS_TOKEN"),
    username=os.environ.get("IONOS_USERNAME"),
    password=os.environ.get("IONOS_PASSWORD"),
)

# The exact request body, as a dict: the SDK sends it unchanged.
request_body = {
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
            "time": "03:00:00",
        },
        "labels": {
            "app": "kafka",
            "example.com/team": "data-eng",
        },
        "annotations": {
            "example.com/note": "He said \"ship it\" \\o/\nthen left: ${var.x} 100%{y}, it's done",
            "owner": "a,b=c",
        },
        "autoScaling": {
            "minNodeCount": 2,
            "maxNodeCount": 5,
        },
    },
}

with ionoscloud_dataplatform.ApiClient(configuration) as api_client:
    api = ionoscloud_dataplatform.DataPlatformNodePoolApi(api_client)
    created = api.clusters_nodepools_post("5c2b4a10-7d3e-4f6a-8b9c-0d1e2f3a4b5c", request_body)
    print(created.id, created.metadata.state)
