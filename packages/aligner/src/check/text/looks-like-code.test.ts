import { describe, expect, it } from "vitest";
import { looksLikeCode, sentenceAroundLiterals } from "./looks-like-code.ts";

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
    // Development corpus, tuning half: example lines of reference pages and man pages.
    ["a Scilab function's header", "function z=peaks(x, y)"],
    ["a Fortran subroutine's header (dasrt)", "subroutine res(t,y,yd,r,ires,rpar,ipar)"],
    ["a block keyword alone", "end"],
    ["a condition opening a block", "case %t then"],
    ["a counted loop", "for k=1:10,K=k;if k>2&k<=8 then continue,disp('hello'),end,k,end"],
    ["a call with a translated line comment", "help_from_sci('test_fun')        // retornando o esqueleto xml como um string de texto."],
    ["a statement continued on the next line", "plot2d(x,[sin(x) sin(2*x) sin(3*x)],.."],
    ["a line of a string vector", "['if iflag==0 then '"],
    ["an assignment to an index", "locations(i) = newLoc"],
    ["an assignment to outputs", "[M, P] = polar(B)"],
    ["an assignment of a name", "y = x"],
    ["a formula", "- 1/3*exp(-(x1+1).^2 - y1.^2)"],
    ["an expression of brackets", "ceil([1.9 -2.5])-[2,-2]"],
    ["a Lisp form opening another", "(set! theResult (script-fu-text-box"],
    ["a symbols file's tagged line (dpkg)", "(arch=amd64 ia64 alpha)#include \"package.symbols.64bit\""],
    ["a preseed line (installation guide)", "d-i foo/bar string value"],
    ["a formula of short names (Scilab polar)", "M * exp(%i * P)"],
    ["a string vector's last line (Scilab isnum)", "'%inf+Nan*%i' ])"],
    ["a call continued on the next line by four dots (Scilab)", "optim(list(costfunc,a1,b1,c1),...."],
    ["a block's header: a loop over a call, its colon (Python)", "for raiz, pastas, ficheiros in os.walk(pasta):"],
    ["a block's header: a definition, its colon (Python)", "def rg2sc(dirpath):"],
    ["variables with their sigil in an operation (a teaching language)", "imprimir $a + \" mais \" + $b + \" é igual a \" + ($a + $b)"],
  ])("code: %s", (_name, text) => expect(looksLikeCode(text)).toBe(true));
  it.each([
    ["sentence", "Isso faz com que alinhar seleções seja mais fácil."],
    ["sentence with a path", "Edite o arquivo /etc/apt/sources.list e execute o comando de novo."],
    ["parenthesis in prose", "(Remover as fontes defeituosas das pastas também resolve a situação.)"],
    ["label with colon", "Nota: a opção é nova."],
    ["a variable with its sigil named in a sentence", "A variável $HOME guarda a pasta pessoal, e $PATH + as pastas de sistema também."],
    ["a sentence introducing a formula with a capital", "Dada a função f(x):"],
    ["a sentence ending in a list and four dots", "Esta função retorna os componentes de st1,st2,...."],
    ["a lower-case line of two sentences ending in a call and a colon", "veja o exemplo. depois use f(x):"],
    ["a price and a sum in a sentence", "O plano custa $5 + impostos por mês."],
    ["list item ending in a semicolon", "agora você treinou um modelo com 100 milhões de parâmetros;"],
    ["link stub", "*[Source](#)."],
    ["prose quoting a call and a vector", "Para agir em um único eixo, a sintaxe é auto_ticks(N) onde N é 1,2 ou 3 correspondentes aos eixos x,y ou z."],
    ["prose with a vector in parentheses", "É uma matriz vazia (sem zoom) ou vetor [xmin,ymin,xmax,ymax,zmin,zmax] (define um retângulo)."],
    ["prose quoting assignments", "Por exemplo, wrect=[0,0,1,1] significa que toda a janela será utilizada."],
    ["an English sentence opening on 'For'", "For a global setting (all axes at once), you have to set its value to \"on\" or \"off\"."],
    ["an English sentence ending on 'then'", "If you do this then"],
    ["a device listing", "SCSI1 (0,0,0) (sda) - 6.4 GB WDC AC36400L"],
    ["a purpose of words around symbols (Scilab comments)", "(// or /*...*/) comments"],
    ["prose listing operators", "Note que outras operações usuais ( +, *, -, ^, etc.)"],
    ["prose quoting a short formula", "Use a forma f(x) = 2*x para isso."],
    ["a sentence introducing a formula on its own line (Scilab cmndred)", "Retorna uma matriz de polinômios n e um polinômio denominador comum d tais que:\nx=n/d"],
    ["a definition of a count (Scilab kroneck)", "numbeps(2) = # de blocos de tamanho 1 x 2"],
    ["an assignment's sentence cut by a page break (Scilab schur)", "[U,dim]=schur(A,'d') retorna"],
    ["an assignment explained in words (Scilab insertion)", "x(:,j)=a é interpretado como x(1:size(x,1),j)=a"],
    ["a sentence ending in an ellipsis after a comma (Scilab char)", "Dados arrays de strings st1,st2,st3,..., esta função retorna um vetor de strings no qual as linhas são os componentes de st1,st2,st3,..."],
    ["a sentence ending in a list of values (GIMP ifscompose)", "Isto é especialmente útil quando se trabalha com um grande raio de manchas, apenas lembre-se de usar múltiplos do valor padrão: 4096, 8192, 16384, ..."],
    ["a sentence's rest ending in an ellipsis (Scilab char, cut by a page break)", "Dados arrays de strings, esta função retorna as linhas\n\nsão os componentes de st1,st2,st3,..."],
    ["a sentence about a call ending in '..' (Scilab sub2ind)", "I = sub2ind(dims,i1,i2,..) retorna o índice linear equivalente aos subescritos das linha, coluna, ... nos arrays i1, i2,.."],
    ["prose ending in an ellipsis", "Nela, você pode configurar diferentes fatores de zoom, visualização da seleção, etc..."],
  ])("prose: %s", (_name, text) => expect(looksLikeCode(text)).toBe(false));
});

// Where a sentence starts and ends, a sentence that quotes literal material says, though the literals hold most of its letters.
describe("sentenceAroundLiterals", () => {
  it.each([
    ["a URL in a sentence (grep)", "um manual completo ⟨https://www.gnu.org/software/grep/manual/⟩ está disponível."],
    ["commands quoted in a sentence (find)", "Por exemplo, `find /tmp/foo /tmp/bar -print -quit` imprimirá apenas `/tmp/foo`."],
  ])("sentence: %s", (_name, text) => {
    expect(looksLikeCode(text)).toBe(true);
    expect(sentenceAroundLiterals(text)).toBe(true);
  });
  it.each([
    ["a command line", "$ find . -perm -664"],
    ["a command with a word or two", "veja /usr/share/doc/apt/examples/configure-index.gz."],
    ["a path and options, no stop", "/etc/apt/sources.list.d/ --prefix=/usr"],
    ["a sentence with no literal at all", "um manual completo está disponível."],
    ["two lines", "um manual completo está em\nhttps://www.gnu.org/software/grep/manual/ para todos."],
    ["a sentence with no stop", "um manual completo ⟨https://www.gnu.org/software/grep/manual/⟩ disponível"],
  ])("no sentence: %s", (_name, text) => expect(sentenceAroundLiterals(text)).toBe(false));
});
