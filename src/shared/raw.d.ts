/** Files imported as text (`?raw`), a Vite feature. */
declare module '*?raw' {
  const text: string;
  export default text;
}
