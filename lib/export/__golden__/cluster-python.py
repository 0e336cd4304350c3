"""Creates the Data Platform cluster analytics.prod (POST /clusters) with ionoscloud_dataplatform."""
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
        "name": "analytics.prod",
        "dataPlatformVersion": "25.3",
        "datacenterId": "0f0a3c8e-5b1d-4c2e-9a61-1d2b3c4d5e01",
        "maintenanceWindow": {
            "dayOfTheWeek": "Saturday",
            "time": "22:00:00",
        },
        "lans": [
            {
                "lanId": "2",
                "dhcp": True,
                "routes": [
                    {
                        "network": "10.1.0.0/16",
                        "gateway": "10.0.0.1",
                    },
                ],
            },
            {
                "lanId": "3",
                "dhcp": False,
                "routes": [
                    {
                        "network": "192.168.40.0/24",
                        "gateway": "192.168.40.1",
                    },
                    {
                        "network": "fd00:1::/64",
                        "gateway": "fd00:1::1",
                    },
                ],
            },
        ],
    },
}

with ionoscloud_dataplatform.ApiClient(configuration) as api_client:
    api = ionoscloud_dataplatform.DataPlatformClusterApi(api_client)
    created = api.clusters_post(request_body)
    print(created.id, created.metadata.state)
