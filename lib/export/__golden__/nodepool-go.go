// Creates the Data Platform node pool workers (POST /clusters/5c2b4a10-7d3e-4f6a-8b9c-0d1e2f3a4b5c/nodepools) with sdk-go-dataplatform.
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
	request := ionoscloud.CreateNodePoolRequest{
		Properties: &ionoscloud.CreateNodePoolProperties{
			Name:             ionoscloud.PtrString("workers"),
			NodeCount:        ionoscloud.PtrInt32(2),
			CpuFamily:        ionoscloud.PtrString("INTEL_SKYLAKE"),
			CoresCount:       ionoscloud.PtrInt32(8),
			RamSize:          ionoscloud.PtrInt32(16384),
			AvailabilityZone: ionoscloud.AvailabilityZone("ZONE_1").Ptr(),
			StorageType:      ionoscloud.StorageType("HDD").Ptr(),
			StorageSize:      ionoscloud.PtrInt32(100),
			MaintenanceWindow: &ionoscloud.MaintenanceWindow{
				Time:         ionoscloud.PtrString("03:00:00"),
				DayOfTheWeek: ionoscloud.PtrString("Sunday"),
			},
			Labels: &map[string]interface{}{
				"app":              "kafka",
				"example.com/team": "data-eng",
			},
			Annotations: &map[string]interface{}{
				"example.com/note": "He said \"ship it\" \\o/\nthen left: ${var.x} 100%{y}, it's done",
				"owner":            "a,b=c",
			},
			AutoScaling: &ionoscloud.AutoScaling{
				MinNodeCount: ionoscloud.PtrInt32(2),
				MaxNodeCount: ionoscloud.PtrInt32(5),
			},
		},
	}
	created, _, err := client.DataPlatformNodePoolApi.CreateClusterNodepool(context.Background(), "5c2b4a10-7d3e-4f6a-8b9c-0d1e2f3a4b5c").CreateNodePoolRequest(request).Execute()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(*created.Id)
}
