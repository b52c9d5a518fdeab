namespace NeighbourBot.Core.Listings;

/// <summary>Listing categories of shared/corpus/SCHEMA.md; the wire names are snake_case (see <see cref="ListingVocabulary"/>).</summary>
public enum ListingCategory
{
    None = 0,
    Furniture,
    Appliances,
    Multimedia,
    Clothing,
    Kids,
    BooksCulture,
    DiyTools,
    GardenPlants,
    Food,
    Animals,
    SportsLeisure,
    Household,
    BuildingMaterials,
    Transport,
    ServiceDiy,
    ServiceGarden,
    ServiceMoving,
    ServiceLessons,
    ServiceCare,
    ServiceErrands,
    ServiceIt,
    Carpool,
    Event,
    Other,
}
