"""The Field kit menu: export a kit, make a return kit, import one with conflicts."""
