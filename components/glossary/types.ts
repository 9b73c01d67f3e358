// The contract between the always-loaded term popover and the card it loads on intent.

/** Which term's card is open, and how: a hover or focus preview, or a press that opens a dialog. */
export type OpenCard = { id: string; via: 'preview' | 'press' };
