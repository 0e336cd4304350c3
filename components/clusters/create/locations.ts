// IONOS Cloud data center locations as people know them; unknown codes are shown as they come.
const LOCATION_NAMES: Record<string, string> = {
  'de/fra': 'Frankfurt, Germany',
  'de/fra/2': 'Frankfurt 2, Germany',
  'de/txl': 'Berlin, Germany',
  'es/vit': 'Logroño, Spain',
  'fr/par': 'Paris, France',
  'gb/lhr': 'London, United Kingdom',
  'gb/bhx': 'Worcester, United Kingdom',
  'us/las': 'Las Vegas, USA',
  'us/ewr': 'Newark, USA',
  'us/mci': 'Lenexa, USA',
};

/** "de/fra" → "Frankfurt, Germany (de/fra)". */
export function locationLabel(location: string | undefined): string {
  if (!location) return 'Unknown location';
  const name = LOCATION_NAMES[location];
  return name ? `${name} (${location})` : location;
}
