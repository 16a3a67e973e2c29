import { OpenApiGeneratorV31, type OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";

/** Built from the same zod schemas the routes validate with, as they registered themselves. */
export function openApiDocument(registry: OpenAPIRegistry): ReturnType<OpenApiGeneratorV31["generateDocument"]> {
  registry.registerComponent("securitySchemes", "session", { type: "apiKey", in: "cookie", name: "alinha_session" });
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: { title: "Alinha API", version: "0.1.0", description: "Documents, pairs, flags and every reviewer edit. Errors are application/problem+json (RFC 9457)." },
    servers: [{ url: "/" }],
    security: [{ session: [] }],
  });
}
