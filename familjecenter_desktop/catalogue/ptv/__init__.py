"""Import of the Suomi.fi Service Catalogue (PTV) Open API JSON."""

from familjecenter_desktop.catalogue.ptv.importer import import_ptv, import_ptv_paths

__all__ = ["import_ptv", "import_ptv_paths"]
