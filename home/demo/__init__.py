"""The demo toolbox: its fixtures read and checked (fixtures), then loaded as pages (loader)."""
