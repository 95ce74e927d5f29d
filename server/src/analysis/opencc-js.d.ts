/** opencc-js ships no types for its dictionaries: each is one string, `"臺 台|灣 湾|…"`. */
declare module 'opencc-js/dict/TSCharacters' {
  const table: string;
  export default table;
}
