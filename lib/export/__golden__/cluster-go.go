// Creates the Data Platform cluster analytics.prod (POST /clusters) with sdk-go-dataplatform.
//   go get github.com/ionos-cloud/sdk-go-dataplatform@v1.1.1
// Credentials come from the SDK’s environment variables: IONOS_TOKEN, or IONOS_USERNAME and IONOS_PASSWORD;
// a token wins when both are set. IONOS_API_URL overrides the API URL.
package main

import (
	"context"
	"fmt"
	"os"

	ionoscloud "github.com/ionos-cloud/sdk-go-dataplatform"
)

func main() {
	client := ionoscloud.NewAPIClient(ionoscloud.NewConfigurationFromEnv())
	request := ionoscloud.CreateClusterRequest{
		Properties: &ionoscloud.CreateClusterProperties{
			Name:                ionoscloud.PtrString("analytics.prod"),
			DataPlatformVersion: ionoscloud.PtrString("25.3"),
			DatacenterId:        ionoscloud.PtrString("0f0a3c8e-5b1d-4c2e-9a61-1d2b3c4d5e01"),
			MaintenanceWindow: &ionoscloud.MaintenanceWindow{
				Time:         ionoscloud.PtrString("22:00:00"),
				DayOfTheWeek: ionoscloud.PtrString("Saturday"),
			},
			Lans: &[]ionoscloud.Lan{
				{
					LanId: ionoscloud.PtrString("2"),
					Dhcp:  ionoscloud.PtrBool(true),
					Routes: &[]ionoscloud.Route{
						{
							Network: ionoscloud.PtrString("10.1.0.0/16"),
							Gateway: ionoscloud.PtrString("10.0.0.1"),
						},
					},
				},
				{
					LanId: ionoscloud.PtrString("3"),
					Dhcp:  ionoscloud.PtrBool(false),
					Routes: &[]ionoscloud.Route{
						{
							Network: ionoscloud.PtrString("192.168.40.0/24"),
							Gateway: ionoscloud.PtrString("192.168.40.1"),
						},
						{
							Network: ionoscloud.PtrString("fd00:1::/64"),
							Gateway: ionoscloud.PtrString("fd00:1::1"),
						},
					},
				},
			},
		},
	}
	created, _, err := client.DataPlatformClusterApi.CreateCluster(context.Background()).CreateClusterRequest(request).Execute()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(*created.Id)
}
