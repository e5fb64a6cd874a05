/** Class names shared by the listing sidebar's fields (text at least gray-600 on white for contrast). */
export const fieldClass =
  "w-full rounded-lg border border-gray-400 bg-white px-3 py-2 text-sm text-gray-900 outline-none placeholder:text-gray-600 focus:border-brand-700 focus:ring-2 focus:ring-brand-100"

export const legendClass = "mb-2 block text-xs font-bold uppercase tracking-wide text-gray-700"
