/** The look of every share control (links and buttons alike). */
export const SHARE_BUTTON =
  "inline-block rounded-full border border-gray-300 bg-white px-3 py-1.5 text-sm font-medium text-gray-800 hover:border-brand-600 hover:text-brand-700"
