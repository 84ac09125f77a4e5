"""The awareness app's views, one module per section."""
