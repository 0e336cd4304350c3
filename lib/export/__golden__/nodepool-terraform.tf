# The ionoscloud provider dropped the Data Platform resources in v6.7.14 (August 2025): this pins 6.7.13, the last
# release that has them. Credentials come from the environment: IONOS_TOKEN, or IONOS_USERNAME and IONOS_PASSWORD.
terraform {
  required_providers {
    ionoscloud = {
      source  = "ionos-cloud/ionoscloud"
      version = "6.7.13"
    }
  }
}

provider "ionoscloud" {}

resource "ionoscloud_dataplatform_node_pool" "workers" {
  cluster_id        = "5c2b4a10-7d3e-4f6a-8b9c-0d1e2f3a4b5c"
  name              = "workers"
  node_count        = 2
  cpu_family        = "INTEL_SKYLAKE"
  cores_count       = 8
  ram_size          = 16384
  availability_zone = "ZONE_1"
  storage_type      = "HDD"
  storage_size      = 100
  maintenance_window {
    day_of_the_week = "Sunday"
    time            = "03:00:00"
  }
  labels = {
    "app"              = "kafka"
    "example.com/team" = "data-eng"
  }
  annotations = {
    "example.com/note" = "He said \"ship it\" \\o/\nthen left: $${var.x} 100%%{y}, it's done"
    "owner"            = "a,b=c"
  }
  auto_scaling {
    min_node_count = 2
    max_node_count = 5
  }
}

# These resources exist already. Adopt them instead of creating new ones:
#   terraform import ionoscloud_dataplatform_node_pool.workers 5c2b4a10-7d3e-4f6a-8b9c-0d1e2f3a4b5c/9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a
