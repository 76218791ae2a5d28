"""The service bundle look-up: result model, filter panel and detail pane."""
