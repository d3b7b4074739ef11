// Checked before starting anything: otherwise Next only fails after migrations, seed and build, and the
// readiness probe could mistake another server on that port for ours.
import net from "node:net";

export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", (error: NodeJS.ErrnoException) => resolve(error.code !== "EADDRINUSE"));
    server.listen(port, () => server.close(() => resolve(true)));
  });
}
