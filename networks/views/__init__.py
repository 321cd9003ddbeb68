"""The workspace's pages, one module per part: the network, its members, progress, partners and team scans."""
