// The schema's limits on what a user types: the forms check them first so a too-long field
// is named, not a catalogue path.
export { FIGURE_MAX, NAME_MAX, SOURCE_MAX, TEXT_MAX } from '../../catalogue/schema';
