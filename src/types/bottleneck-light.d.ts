/** The light build of Bottleneck (no clustering) has the same API as the full one, without its own types. */
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck'
  export default Bottleneck
}
