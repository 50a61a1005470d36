/**
 * The bottom sheet on a phone: below this width the side panel lies over the map's foot, and at its
 * "half" snap it covers this share of the map (SidePanel's CSS says the same). Stage tells the map's
 * camera how much of the map the sheet hides, so a selected stop or leg is framed above it.
 */
export const PHONE_QUERY = '(max-width: 700px)';
export const SHEET_HALF = 0.55;
