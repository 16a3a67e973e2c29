import { describe, expect, it } from "vitest";
import { looksLikeCode } from "./looks-like-code.ts";

describe("looksLikeCode", () => {
  it.each([
    ["shell prompt", "$ sudo apt install gnupg pbuilder ubuntu-dev-tools apt-file"],
    ["root prompt", "# apt install linux-image-arch-etc"],
    ["lisp", "(let* ( (x 8) ) x)"],
    ["assignment", "mc=01;31"],
    ["config lines", "Acquire::http {\nNo-Cache \"true\";\nMax-Age \"3600\";\n};"],
    ["mostly literal", "/etc/apt/sources.list.d/ --prefix=/usr"],
    ["a call (Scilab)", "surf(Z,'facecol','interp','ydat',101:110)"],
    ["an assignment of a call (Scilab)", "y = acscd(x)"],
    ["an interpreter prompt", "--> chdir(\"SCI/etc\")"],
  ])("code: %s", (_name, text) => expect(looksLikeCode(text)).toBe(true));
  it.each([
    ["sentence", "Isso faz com que alinhar seleções seja mais fácil."],
    ["sentence with a path", "Edite o arquivo /etc/apt/sources.list e execute o comando de novo."],
    ["parenthesis in prose", "(Remover as fontes defeituosas das pastas também resolve a situação.)"],
    ["label with colon", "Nota: a opção é nova."],
    ["list item ending in a semicolon", "agora você treinou um modelo com 100 milhões de parâmetros;"],
    ["link stub", "*[Source](#)."],
  ])("prose: %s", (_name, text) => expect(looksLikeCode(text)).toBe(false));
});
