package scanner

import (
	"testing"
)

// TestEngineV2JavaGuards: receiver sinks and receiver sanitisers (XXE,
// object streams), receiver validators (canonical path prefix checks),
// the session by its type, and look-alikes that must stay quiet.
func TestEngineV2JavaGuards(t *testing.T) {
	runProbes(t, builtinRulesByID(t), []probe{
		{"xxe: hardened factory vs a second unhardened one", "VGL-JAVA-XXE-001", "Probe.java", `
import javax.xml.parsers.*;
import java.io.*;
public class X {
  Object a(InputStream in) throws Exception {
    DocumentBuilderFactory ok = DocumentBuilderFactory.newInstance();
    ok.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    ok.newDocumentBuilder().parse(in);
    DocumentBuilderFactory bad = DocumentBuilderFactory.newInstance();
    DocumentBuilder db = bad.newDocumentBuilder();
    return db.parse(in); // want
  }
}`},
		{"xxe: a feature set after the parser was made is too late", "VGL-JAVA-XXE-001", "Probe.java", `
import javax.xml.parsers.*;
import java.io.*;
public class X {
  Object a(InputStream in) throws Exception {
    SAXParserFactory f = SAXParserFactory.newInstance();
    SAXParser p = f.newSAXParser();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    p.parse(in, new org.xml.sax.helpers.DefaultHandler()); // want
    return null;
  }
}`},
		{"xxe: a non-hardening feature is no guard, a constant-named one is", "VGL-JAVA-XXE-001", "Probe.java", `
import javax.xml.parsers.*;
import java.io.*;
public class X {
  static final String FEATURE = "http://apache.org/xml/features/disallow-doctype-decl";
  Object a(InputStream in) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://xml.org/sax/features/namespaces", true);
    f.newDocumentBuilder().parse(in); // want
    DocumentBuilderFactory g = DocumentBuilderFactory.newInstance();
    g.setFeature(FEATURE, true);
    return g.newDocumentBuilder().parse(in);
  }
}`},
		{"deserialisation: the read, not the stream, and a class filter", "VGL-JAVA-DESER-002", "Probe.java", `
import javax.servlet.http.*;
import java.io.*;
public class D extends HttpServlet {
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws Exception {
    ObjectInputStream a = new ObjectInputStream(req.getInputStream());
    Object x = a.readObject(); // want
    ObjectInputStream b = new ObjectInputStream(req.getInputStream());
    b.setObjectInputFilter(ObjectInputFilter.Config.createFilter("com.example.Dto;!*"));
    Object y = b.readObject();
  }
}`},
		{"trust boundary: a session in a variable of any name", "VGL-JAVA-TRUST-001", "Probe.java", `
import javax.servlet.http.*;
public class T extends HttpServlet {
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
    HttpSession s = req.getSession();
    s.setAttribute("role", req.getParameter("role")); // want
    req.setAttribute("q", req.getParameter("q"));
    s.setAttribute("page", Integer.parseInt(req.getParameter("page")));
  }
}`},
		{"path: canonical prefix check guards, a raw prefix check does not", "VGL-JAVA-PATH-001", "Probe.java", `
import javax.servlet.http.*;
import java.io.*;
import java.nio.file.*;
public class P extends HttpServlet {
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Path base = Paths.get("/srv/files").normalize();
    Path p = base.resolve(req.getParameter("name")).normalize();
    if (!p.startsWith(base)) {
      return;
    }
    Files.readAllBytes(p);
  }
}`},
		{"path: a prefix check without canonicalisation is no guard", "VGL-JAVA-PATH-001", "Probe.java", `
import javax.servlet.http.*;
import java.nio.file.*;
public class P extends HttpServlet {
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws Exception {
    String name = "/srv/files/" + req.getParameter("name");
    if (!name.startsWith("/srv/files/")) {
      return;
    }
    Files.readAllBytes(Paths.get(name)); // want
  }
}`},
		{"command: a full match of a character class with a literal dot validates", "VGL-JAVA-CMDI-001", "Probe.java", `
import javax.servlet.http.*;
public class C extends HttpServlet {
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws Exception {
    String host = req.getParameter("host");
    Runtime.getRuntime().exec("ping " + host); // want
    if (!host.matches("[a-zA-Z0-9.-]+")) {
      return;
    }
    Runtime.getRuntime().exec("ping " + host);
  }
}`},
		{"xss: a full match of a compiled pattern validates, a find does not", "VGL-JAVA-XSS-001", "Probe.java", `
import javax.servlet.http.*;
import java.util.regex.Pattern;
public class V extends HttpServlet {
  private static final Pattern ID = Pattern.compile("^[0-9]{1,9}$");
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws Exception {
    String id = req.getParameter("id");
    String q = req.getParameter("q");
    if (!ID.matcher(id).matches()) {
      return;
    }
    if (!Pattern.compile(".*").matcher(q).matches()) {
      return;
    }
    resp.getWriter().println("<p>" + id + "</p>");
    if (ID.matcher(q).find()) {
      resp.getWriter().println("<p>" + q + "</p>"); // want
    }
  }
}`},
		{"xss: removing all but letters and digits, an escaping helper by name", "VGL-JAVA-XSS-001", "Probe.java", `
import javax.servlet.http.*;
public class W extends HttpServlet {
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws Exception {
    String a = req.getParameter("a");
    resp.getWriter().println("<p>" + a.replaceAll("[^A-Za-z0-9 ]", "") + "</p>");
    resp.getWriter().println("<p>" + a.replaceAll("[^A-Za-z0-9<>]", "") + "</p>"); // want
    resp.getWriter().println("<p>" + a.replaceAll("<script>", "") + "</p>"); // want
    resp.getWriter().println("<p>" + escapeHtml(a) + "</p>");
  }
  static String escapeHtml(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<': sb.append("&lt;"); break;
        case '&': sb.append("&amp;"); break;
        default: sb.append(c);
      }
    }
    return sb.toString();
  }
}`},
		{"xss: a controller class that produces JSON", "VGL-JAVA-XSS-001", "Probe.java", `
import org.springframework.web.bind.annotation.*;
import org.springframework.http.MediaType;
@RestController
@RequestMapping(value = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
public class J {
  @GetMapping("/echo")
  public String echo(@RequestParam String q) {
    return "{\"q\": \"" + q.replace("\"", "") + "\"}";
  }
}`},
		{"xss: a controller without produces sends HTML", "VGL-JAVA-XSS-001", "Probe.java", `
import org.springframework.web.bind.annotation.*;
@RestController
@RequestMapping("/api")
public class H {
  @GetMapping("/echo")
  public String echo(@RequestParam String q) {
    return "<p>" + q + "</p>"; // want
  }
}`},
		{"ssrf: a URL whose host is allow-listed before it is opened", "VGL-JAVA-SSRF-001", "Probe.java", `
import javax.servlet.http.*;
import java.net.*;
import java.util.Set;
public class S extends HttpServlet {
  private static final Set<String> HOSTS = Set.of("api.example.com");
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws Exception {
    URL url = new URL(req.getParameter("url"));
    if (!HOSTS.contains(url.getHost())) {
      return;
    }
    url.openStream().close();
  }
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws Exception {
    URL url = new URL(req.getParameter("url"));
    if (url.getPath().length() != 3 || url.getHost() == null) {
      return;
    }
    url.openStream().close(); // want
  }
}`},
		{"redirect: a path on this site, and a lookup table", "VGL-JAVA-REDIRECT-001", "Probe.java", `
import javax.servlet.http.*;
import java.util.Map;
public class R extends HttpServlet {
  private static final Map<String, String> TARGETS = Map.of("home", "/");
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws Exception {
    String next = req.getParameter("next");
    if (next == null || !next.startsWith("/") || next.startsWith("//")) {
      next = "/home";
    }
    resp.sendRedirect(next);
    resp.sendRedirect(TARGETS.getOrDefault(req.getParameter("to"), "/"));
    resp.sendRedirect(req.getParameter("back")); // want
  }
}`},
		{"a process's output is not the request; an upload's stream is", "VGL-JAVA-XSS-001", "Probe.java", `
import javax.servlet.http.*;
import java.io.*;
public class O extends HttpServlet {
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws Exception {
    Process p = new ProcessBuilder("uptime").start();
    BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()));
    resp.getWriter().println("<pre>" + r.readLine() + "</pre>");
    Part multipartFile = req.getPart("f");
    BufferedReader u = new BufferedReader(new InputStreamReader(multipartFile.getInputStream()));
    resp.getWriter().println("<pre>" + u.readLine() + "</pre>"); // want
  }
}`},
		{"command: an address resolved to its IP", "VGL-JAVA-CMDI-001", "Probe.java", `
import javax.servlet.http.*;
public class P extends HttpServlet {
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws Exception {
    String host = req.getParameter("host");
    String ip = java.net.InetAddress.getByName(host).getHostAddress();
    Runtime.getRuntime().exec("ping -c 1 " + ip);
    Runtime.getRuntime().exec("ping -c 1 " + host); // want
  }
}`},
		{"xss: a validation method of the class", "VGL-JAVA-XSS-001", "Probe.java", `
import javax.servlet.http.*;
public class V2 extends HttpServlet {
  private boolean isValidName(String s) {
    if (s == null) {
      return false;
    }
    return s.matches("[A-Za-z]{1,20}");
  }
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws Exception {
    String n = req.getParameter("n");
    if (!isValidName(n)) {
      resp.sendError(400);
      return;
    }
    resp.getWriter().println("<p>" + n + "</p>");
    String m = req.getParameter("m");
    if (isValidName(n)) {
      resp.getWriter().println("<p>" + m + "</p>"); // want
    }
  }
}`},
	})
}

// TestEngineV2PHPGuards: filter_var validation, realpath prefix checks and
// local redirect checks as guards, with the unguarded look-alikes.
func TestEngineV2PHPGuards(t *testing.T) {
	runProbes(t, builtinRulesByID(t), []probe{
		{"filter_var IP guards a command", "VGL-PHP-CMDI-001", "probe.php", `<?php
$host = $_GET['host'];
system('ping -c 1 ' . $host); // want
if (!filter_var($host, FILTER_VALIDATE_IP)) {
    exit('bad');
}
system('ping -c 1 ' . $host);
`},
		{"filter_var e-mail is no guard for SQL", "VGL-PHP-SQLI-001", "probe.php", `<?php
$db = new mysqli('h', 'u', 'p', 'd');
$email = $_POST['email'];
if (filter_var($email, FILTER_VALIDATE_EMAIL) === false) {
    exit;
}
$db->query("SELECT * FROM u WHERE email = '$email'"); // want
`},
		{"a realpath prefix check guards", "VGL-PHP-PATH-001", "probe.php", `<?php
$base = realpath(__DIR__ . '/uploads');
$p = realpath($base . '/' . $_GET['file']);
if ($p === false || !str_starts_with($p, $base . '/')) {
    exit;
}
readfile($p);
`},
		{"a realpath prefix check with strpos", "VGL-PHP-PATH-001", "probe.php", `<?php
$base = '/var/www/uploads/';
$p = realpath($base . $_GET['file']);
if ($p === false || strpos($p, $base) !== 0) {
    exit;
}
readfile($p);
$q = realpath($base . $_GET['other']);
if (strpos($q, $base) !== false) {
    readfile($q); // want
}
`},
		{"a name without '..'", "VGL-PHP-PATH-001", "probe.php", `<?php
$f = $_GET['f'];
if (strpos($f, '..') !== false) {
    exit;
}
readfile('/srv/docs/' . $f);
$g = $_GET['g'];
if (!str_contains($g, '..')) {
    readfile('/srv/docs/' . $g);
}
$h = $_GET['h'];
if (strpos($h, '/') !== false) {
    exit;
}
readfile('/srv/docs/' . $h); // want
`},
		{"a prefix check where nothing is canonicalised is no guard", "VGL-PHP-PATH-001", "probe.php", `<?php
$q = '/srv/' . $_GET['f'];
if (str_starts_with($q, '/srv/')) {
    readfile($q); // want
}
`},
		{"json_encode with JSON_HEX_TAG is escaped output, plain json_encode is not", "VGL-PHP-XSS-001", "probe.php", `<?php
$m = $_GET['m'];
echo '<script>var m = ' . json_encode($m, JSON_HEX_TAG | JSON_HEX_AMP) . ';</script>';
echo '<div>' . json_encode($m) . '</div>'; // want
`},
		{"include of basename() stays in the directory", "VGL-PHP-INCLUDE-001", "probe.php", `<?php
include __DIR__ . '/pages/' . basename($_GET['p']) . '.php';
include __DIR__ . '/pages/' . $_GET['p'] . '.php'; // want
`},
		{"preg_replace keeping letters and digits is clean output", "VGL-PHP-XSS-001", "probe.php", `<?php
$n = $_GET['n'];
echo '<p>' . preg_replace('/[^a-z0-9 _-]/i', '', $n) . '</p>';
echo '<p>' . preg_replace('/<script>/i', '', $n) . '</p>'; // want
`},
		{"dates, counts and array_map of an escaper are clean output", "VGL-PHP-XSS-001", "probe.php", `<?php
$ts = strtotime($_GET['d']);
echo '<p>' . date('Y-m-d', $ts) . '</p>';
echo '<p>' . max(1, (int) $_GET['p']) . '</p>';
echo '<p>' . max($_GET['a'], 'z') . '</p>'; // want
echo implode(', ', array_map('htmlspecialchars', explode(',', $_GET['tags'])));
echo implode('', array_map(fn($t) => htmlspecialchars($t, ENT_QUOTES), $_GET['t']));
echo implode(', ', array_map('trim', explode(',', $_GET['tags']))); // want
`},
		{"rows a query returns are stored data, not the request", "VGL-PHP-XSS-001", "probe.php", `<?php
$conn = mysqli_connect('h', 'u', 'p', 'd');
$id = mysqli_real_escape_string($conn, $_GET['id']);
$res = mysqli_query($conn, "SELECT name FROM users WHERE id = '$id'");
while ($row = mysqli_fetch_assoc($res)) {
    echo '<li>' . $row['name'] . '</li>';
}
echo '<p>' . $id . '</p>'; // want
`},
		{"a request's query() stays a source", "VGL-PHP-XSS-001", "probe.php", `<?php
function show(Illuminate\Http\Request $request) {
    echo $request->query('name'); // want
}
`},
		{"a validation helper of the file, and a check compared with 1", "VGL-PHP-XSS-001", "probe.php", `<?php
function is_valid_name(string $n): bool {
    return preg_match('/^[a-zA-Z]{1,20}$/', $n) === 1;
}
function long_enough(string $n): bool {
    return strlen($n) > 3;
}
$a = $_GET['a'];
if (!is_valid_name($a)) {
    exit;
}
echo "<p>$a</p>";
$b = $_GET['b'];
if (!long_enough($b)) {
    exit;
}
echo "<p>$b</p>"; // want
$c = $_GET['c'];
if (preg_match('/^[0-9]+$/', $c) !== 1) {
    exit;
}
echo "<p>$c</p>";
`},
		{"what a command printed or a file held is not the request", "VGL-PHP-XSS-001", "probe.php", `<?php
$host = $_GET['host'];
$out = shell_exec('ping -c 1 ' . escapeshellarg($host));
echo "<pre>$out</pre>";
$f = basename($_GET['f']);
echo file_get_contents('/srv/docs/' . $f);
echo file_get_contents('php://input'); // want
echo "<p>$f</p>"; // want
`},
		{"allow-lists in named constants, case-folded checks", "VGL-PHP-SQLI-001", "probe.php", `<?php
const ALLOWED_SORTS = ['name', 'date'];
class Posts {
    private const COLUMNS = ['title', 'created_at'];
    public function list(PDO $pdo): void {
        $col = $_GET['col'] ?? 'title';
        if (!in_array($col, self::COLUMNS, true)) {
            $col = 'title';
        }
        $pdo->query("SELECT * FROM posts ORDER BY $col");
    }
}
$pdo = new PDO('sqlite::memory:');
$sort = $_GET['sort'] ?? 'name';
if (!in_array($sort, ALLOWED_SORTS, true)) {
    $sort = 'name';
}
$pdo->query("SELECT * FROM t ORDER BY $sort");
$dir = $_GET['dir'] ?? 'ASC';
$dir = in_array(strtoupper($dir), ['ASC', 'DESC'], true) ? strtoupper($dir) : 'ASC';
$pdo->query("SELECT * FROM t ORDER BY name $dir");
$bad = $_GET['bad'] ?? '';
if (!in_array(strlen($bad), [3, 4], true)) {
    exit;
}
$pdo->query("SELECT * FROM t ORDER BY $bad"); // want
`},
		{"a local path check guards a redirect", "VGL-PHP-REDIRECT-001", "probe.php", `<?php
$next = $_GET['next'];
if (str_starts_with($next, '/') && !str_starts_with($next, '//')) {
    header('Location: ' . $next);
}
header('Location: ' . $_GET['back']); // want
`},
		{"a parsed host checked against a constant list guards a fetch", "VGL-PHP-SSRF-001", "probe.php", `<?php
const ALLOWED_HOSTS = ['api.example.com', 'cdn.example.com'];
$u = $_GET['url'];
if (in_array(parse_url($u, PHP_URL_HOST), ALLOWED_HOSTS, true)) {
    echo file_get_contents($u);
}
$v = $_GET['v'];
$parts = parse_url($v);
if (!in_array($parts['host'] ?? '', ['api.example.com'], true)) {
    exit;
}
$ch = curl_init($v);
$w = $_GET['w'];
if (parse_url($w, PHP_URL_HOST) === 'api.example.com') {
    echo file_get_contents($w);
}
$x = $_GET['x'];
if (in_array(parse_url($x, PHP_URL_SCHEME), ['http', 'https'], true)) {
    echo file_get_contents($x); // want
}
$y = $_GET['y'];
if (parse_url($y, PHP_URL_HOST) !== '') {
    echo file_get_contents($y); // want
}
`},
		{"a helper that checks a parsed host against a list guards a fetch", "VGL-PHP-SSRF-001", "probe.php", `<?php
class Fetcher {
    private const ALLOWED = ['api.example.com'];
    private function allowed(string $url): bool {
        $host = parse_url($url, PHP_URL_HOST);
        return in_array($host, self::ALLOWED, true);
    }
    public function get(): string {
        $url = $_GET['url'] ?? '';
        if (!$this->allowed($url)) {
            http_response_code(400);
            exit;
        }
        return file_get_contents($url);
    }
    public function raw(): string {
        return file_get_contents($_GET['raw']); // want
    }
}
function host_ok(string $u): bool {
    $allowed = ['api.example.com', 'cdn.example.com'];
    $parts = parse_url($u);
    return in_array($parts['host'] ?? '', $allowed, true);
}
$u = $_POST['u'];
if (host_ok($u)) {
    $ch = curl_init();
    curl_setopt($ch, CURLOPT_URL, $u);
    curl_exec($ch);
}
`},
		{"a helper returning true only past its check guards, one checking the scheme does not", "VGL-PHP-REDIRECT-001", "probe.php", `<?php
function safe_host(string $url): bool {
    $host = parse_url($url, PHP_URL_HOST);
    if (!in_array($host, ['example.com'], true)) {
        return false;
    }
    return true;
}
function web_url(string $url): bool {
    if (!in_array(parse_url($url, PHP_URL_SCHEME), ['http', 'https'], true)) {
        return false;
    }
    return true;
}
function always(string $url): bool {
    if ($url === '') {
        error_log('empty');
    }
    return true;
}
$a = $_GET['a'];
if (safe_host($a)) { header('Location: ' . $a); }
$b = $_GET['b'];
if (web_url($b)) { header('Location: ' . $b); } // want
$c = $_GET['c'];
if (always($c)) { header('Location: ' . $c); } // want
`},
		{"a helper returning true only past a pattern check guards SQL", "VGL-PHP-SQLI-001", "probe.php", `<?php
function is_slug($s) {
    if (preg_match('/^[a-z0-9-]+$/', $s) !== 1) {
        return false;
    }
    return true;
}
$pdo = new PDO('sqlite::memory:');
$s = $_GET['s'];
if (is_slug($s)) { $pdo->query("SELECT * FROM t WHERE slug = '$s'"); }
$pdo->query("SELECT * FROM t WHERE slug = '" . $_GET['t'] . "'"); // want
`},
		{"a parsed host checked against a constant list guards a redirect", "VGL-PHP-REDIRECT-001", "probe.php", `<?php
$next = $_GET['next'];
$host = parse_url($next, PHP_URL_HOST);
if (in_array($host, ['example.com', 'www.example.com'], true)) {
    header('Location: ' . $next);
}
$back = $_GET['back'];
$bhost = strtolower(parse_url($back)['host'] ?? '');
if (!in_array($bhost, ['example.com'], true)) {
    $back = '/';
}
header('Location: ' . $back);
$ret = $_GET['ret'];
$p = parse_url($ret);
$rhost = $p['host'] ?? '';
if ($rhost === 'example.com') {
    header('Location: ' . $ret);
}
$h2 = parse_url($_GET['u2'], PHP_URL_HOST);
$u2 = $_GET['u2'];
if (in_array($h2, ['example.com'], true)) {
    header('Location: ' . $u2); // want
}
$to = $_GET['to'];
if (in_array(parse_url($to, PHP_URL_PATH), ['/a', '/b'], true)) {
    header('Location: ' . $to); // want
}
`},
	})
}
