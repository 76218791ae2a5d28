"""All mapped classes; importing this package registers every table."""

from familjecenter_desktop.db.models.catalogue import (
    Address,
    BundleCategory,
    Channel,
    CodeLabel,
    ContactPoint,
    FamilyTask,
    ImportRun,
    OpeningHours,
    OpeningInterval,
    Organisation,
    Service,
    ServiceCategoryLink,
    ServiceChannelLink,
    ServiceClassification,
    ServiceTaskLink,
    SourceRecord,
)
from familjecenter_desktop.db.models.search import SearchDocument

__all__ = [
    "Address",
    "BundleCategory",
    "Channel",
    "CodeLabel",
    "ContactPoint",
    "FamilyTask",
    "ImportRun",
    "OpeningHours",
    "OpeningInterval",
    "Organisation",
    "SearchDocument",
    "Service",
    "ServiceCategoryLink",
    "ServiceChannelLink",
    "ServiceClassification",
    "ServiceTaskLink",
    "SourceRecord",
]
