/**
 * Next waits for register() before serving. Build workers never open the database (two processes on one
 * embedded directory would corrupt it). The import sits inside the runtime check so the Edge build of this
 * file never traces the Node-only start-up code.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { prepareToServe } = await import("./instrumentation-node");
    try {
      await prepareToServe();
    } catch (error) {
      // Next would log this and serve errors forever; a server that must not run stops here instead.
      console.error(`[start] ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    }
  }
}
