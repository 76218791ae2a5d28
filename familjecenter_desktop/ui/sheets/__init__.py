"""The guidance-sheet tab: a basket of services, sheet options, preview, print."""
