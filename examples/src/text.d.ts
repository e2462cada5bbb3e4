// esbuild's `text` loader: importing a `.txt` file gives its content.
declare module '*.txt' {
  const content: string
  export default content
}
