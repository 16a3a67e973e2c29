import { describe, expect, it } from "vitest";
import { useTestServer } from "../../../test-support/use-test-server.ts";

const server = useTestServer();

describe("login and sessions", () => {
  it("logs in with the password and sets an httpOnly SameSite=Strict cookie", async () => {
    const client = server.anonymous();
    const res = await client.post("/api/auth/login", { username: "editor", password: "editor" });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ username: "editor", role: "editor" });
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^alinha_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect((await client.get("/api/auth/me")).body.user.username).toBe("editor");
  });

  it("answers a wrong password with 401 problem+json and no session", async () => {
    const client = server.anonymous();
    const res = await client.post("/api/auth/login", { username: "editor", password: "nope" });
    expect(res.status).toBe(401);
    expect(res.headers.get("content-type")).toMatch(/application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 401, title: "Not logged in" });
    expect(client.cookie).toBe("");
  });

  it("requires a session for the API (401) and forgets it after logout", async () => {
    const anonymous = server.anonymous();
    expect((await anonymous.get("/api/documents")).status).toBe(401);
    const client = await server.as("translator");
    expect((await client.get("/api/documents")).status).toBe(200);
    const cookie = client.cookie;
    expect((await client.post("/api/auth/logout")).status).toBe(204);
    client.cookie = cookie; // a stolen copy of the old cookie must not work either
    expect((await client.get("/api/auth/me")).status).toBe(401);
  });

  it("sets security headers and never sends a stack trace", async () => {
    const res = await server.anonymous().request("POST", "/api/auth/login", "{not json", { "content-type": "application/json" });
    expect(res.status).toBe(400);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toBeTruthy();
    expect(res.text).not.toMatch(/at .*\.ts:\d+/);
  });
});
