package scanner

import (
	"strings"
	"testing"
)

// TestEngineV2PHPProbes: the causes of issue "Scanner v2" in PHP, on the
// PHP front end.
func TestEngineV2PHPProbes(t *testing.T) {
	runProbes(t, builtinRulesByID(t), []probe{
		{"defaulting idiom in a branch keeps taint", "VGL-PHP-CMDI-001", "probe.php", `<?php
$name = $_GET['name'];
if ($name === '') {
    $name = 'nobody';
}
system("echo " . $name); // want
`},
		{"?: and ?? keep taint, ??= too", "VGL-PHP-CMDI-001", "probe.php", `<?php
$a = $_GET['a'] ?: 'x';
$b = $_POST['b'] ?? 'y';
$c = null;
$c ??= $_COOKIE['c'];
exec($a); // want
exec($b); // want
exec($c); // want
`},
		{"interpolation, heredoc and .= build the string", "VGL-PHP-SQLI-001", "probe.php", `<?php
$id = $_GET['id'];
$row = ['k' => $_GET['k']];
mysqli_query($db, "SELECT * FROM t WHERE id = $id"); // want
mysqli_query($db, "SELECT * FROM t WHERE k = '{$row['k']}'"); // want
$q = <<<SQL
SELECT * FROM t WHERE id = $id
SQL;
$db->query($q); // want
$s = "SELECT * FROM t WHERE n = ";
$s .= $_POST['n'];
$db->query($s); // want
`},
		{"array keys are told apart, appends and destructuring", "VGL-PHP-CMDI-001", "probe.php", `<?php
$d = ['safe' => 'ls', 'q' => $_GET['q']];
system($d['safe']);
system($d['q']); // want
$parts = ['ls'];
$parts[] = $_GET['dir'];
system(implode(' ', $parts)); // want
[$x, $y] = ['ls', $_GET['y']];
system($x);
system($y); // want
list('a' => $p) = $_POST;
shell_exec($p); // want
`},
		{"constant conditions, switch and match prune dead code", "VGL-PHP-CMDI-001", "probe.php", `<?php
$mode = 2;
if ((7 * 18) + $mode > 200) {
    system($_GET['a']);
}
switch ($mode) {
    case 1: system($_GET['b']); break;
    default: system('ls');
}
$cmd = match ($mode) { 1 => $_GET['c'], 2 => 'df', default => $_GET['d'] };
system($cmd);
$t = $mode < 1 ? $_GET['e'] : 'ok';
system($t);
if ($mode == 2) {
    system($_GET['f']); // want
}
`},
		{"casts, intval, is_numeric and in_array clean", "VGL-PHP-SQLI-001", "probe.php", `<?php
$id = (int)$_GET['id'];
mysqli_query($db, "SELECT * FROM t WHERE id = $id");
$n = intval($_GET['n']);
mysqli_query($db, "SELECT * FROM t WHERE n = " . $n);
$p = $_GET['p'];
if (!is_numeric($p)) {
    die("bad");
}
mysqli_query($db, "SELECT * FROM t WHERE p = " . $p);
$s = $_GET['s'];
if (in_array($s, ['asc', 'desc'], true)) {
    mysqli_query($db, "SELECT * FROM t ORDER BY n " . $s);
}
mysqli_query($db, "SELECT * FROM t ORDER BY n " . $s); // want
$f = filter_input(INPUT_GET, 'f', FILTER_VALIDATE_INT);
mysqli_query($db, "SELECT * FROM t WHERE f = $f");
$cols = ['n' => 'name', 'd' => 'created'];
$c = $_GET['c'];
if (!array_key_exists($c, $cols)) { exit; }
mysqli_query($db, "SELECT * FROM t ORDER BY " . $c);
$o = $_GET['o'];
if (isset($cols[$o])) {
    mysqli_query($db, "SELECT * FROM t ORDER BY " . $o);
}
if (isset($_GET['z'])) {
    mysqli_query($db, "SELECT * FROM t WHERE z = " . $_GET['z']); // want
}
`},
		{"numbers: arithmetic, %d formats, settype, array_map('intval')", "VGL-PHP-SQLI-001", "probe.php", `<?php
$page = $_GET['page'] * 10;
mysqli_query($db, "SELECT * FROM t LIMIT $page");
$n = $_GET['n'] + 0;
mysqli_query($db, "SELECT * FROM t WHERE n = $n");
mysqli_query($db, sprintf("SELECT * FROM t WHERE id = %d AND k = '%s'", $_GET['id'], 'x'));
mysqli_query($db, sprintf("SELECT * FROM t WHERE k = '%s'", $_GET['k'])); // want
mysqli_query($db, sprintf("SELECT * FROM t WHERE a = %2\$d AND b = '%1\$s'", $_GET['a'], $_GET['b'])); // want
$s = $_GET['s'];
settype($s, 'integer');
mysqli_query($db, "SELECT * FROM t WHERE s = $s");
$ids = array_map('intval', $_GET['ids']);
mysqli_query($db, "SELECT * FROM t WHERE id IN (" . implode(',', $ids) . ")");
$all = $_GET + ['x' => 1];
mysqli_query($db, "SELECT * FROM t WHERE x = " . $all['q']); // want
`},
		{"checks joined by && hold where all passed", "VGL-PHP-CMDI-001", "probe.php", `<?php
$t = $_GET['ip'];
$a = $_GET['a'];
$b = $_GET['b'];
if (is_numeric($a) && is_numeric($b) && $a < 256) {
    $ip = $a . '.' . $b;
    shell_exec('ping ' . $ip);
} else {
    shell_exec('ping ' . $a); // want
}
if (!ctype_alnum($t) || strlen($t) > 10) {
    die('bad');
}
system('host ' . $t);
$n = (is_numeric($_GET['n']) && $x) ? $_GET['n'] : 0;
$m = ctype_digit($b) ? $b : 1;
system('sleep ' . $m);
`},
		{"prepared statements with bound parameters are safe", "VGL-PHP-SQLI-001", "probe.php", `<?php
$stmt = $pdo->prepare("SELECT * FROM users WHERE name = ?");
$stmt->execute([$_POST['name']]);
$pdo = new PDO($dsn);
$q = $pdo->quote($_GET['q']);
$pdo->query("SELECT * FROM t WHERE q = $q");
$e = mysqli_real_escape_string($db, $_GET['e']);
mysqli_query($db, "SELECT * FROM t WHERE e = '$e'");
$pdo->exec("DELETE FROM t WHERE id = " . $_GET['id']); // want
pg_query($conn, "SELECT " . $_GET['c']); // want
`},
		{"exit and die end the path", "VGL-PHP-CMDI-001", "probe.php", `<?php
$c = $_GET['c'];
if (!preg_match('/^[a-z]+$/', $c)) {
    exit("bad");
}
system($c);
$d = $_GET['d'];
if (!ctype_alnum($d)) die();
system($d);
$e = $_GET['e'];
$ok = check($e) or die("no");
system($e); // want
`},
		{"functions, methods, closures and arrow functions", "VGL-PHP-CMDI-001", "probe.php", `<?php
function run($cmd) {
    return shell_exec($cmd); // want
}
function fixed($x) {
    return "uptime";
}
run($_GET['a']);
system(fixed($_GET['b']));
class Job {
    private $cmd;
    public function __construct($c) { $this->cmd = $c; }
    public function go() { passthru($this->cmd); } // want
    public function set() { $this->cmd = $_GET['m']; }
}
$prefix = $_GET['p'];
$f = function ($x) use ($prefix) { system($prefix . $x); }; // want
$g = fn($x) => system($x . $_GET['q']); // want
`},
		{"escaping cleans its own kind only", "VGL-PHP-SQLI-001", "probe.php", `<?php
$q = htmlspecialchars($_GET['q']);
echo $q;
mysqli_query($db, "SELECT * FROM t WHERE n = '$q'"); // want
`},
		{"loops and try/catch", "VGL-PHP-CMDI-001", "probe.php", `<?php
foreach ($_GET['files'] as $k => $v) {
    system("cat " . $v); // want
}
$cmd = 'ls';
$prev = '';
for ($i = 0; $i < 3; $i++) {
    system($cmd); // want
    $cmd = $prev;
    $prev = $_GET['c'];
}
$x = 'ls';
try {
    $x = $_GET['x'];
    risky();
} catch (Exception $e) {
    system($x); // want
} finally {
    $y = 1;
}
`},
		{"namespaces and use aliases resolve", "VGL-PHP-SQLI-001", "probe.php", `<?php
namespace App\Http\Controllers;

use Illuminate\Http\Request as Req;
use Illuminate\Support\Facades\DB;

class UserController {
    public function show(Req $r) {
        $id = $r->input('id');
        return DB::select("SELECT * FROM users WHERE id = " . $id); // want
    }
}
`},
		{"session store is a trust boundary", "VGL-PHP-TRUST-001", "probe.php", `<?php
$_SESSION['role'] = $_POST['role']; // want
$_SESSION['n'] = intval($_POST['n']);
`},
		{"short tags echo", "VGL-PHP-XSS-001", "probe.php", `<?php $name = $_GET['name']; $safe = htmlspecialchars($name); ?>
<p>Hello <?= $name ?></p> <?php // want ?>
<p>Hello <?= $safe ?></p>
<?php print "<b>" . $_GET['b'] . "</b>"; // want
`},
	})
}

// TestEngineV2PHPPacks: one probe per entry group of the PHP model packs
// (php-stdlib, laravel, symfony), must-find and must-not-find.
func TestEngineV2PHPPacks(t *testing.T) {
	runProbes(t, builtinRulesByID(t), []probe{
		{"php-stdlib: sources", "VGL-PHP-CMDI-001", "probe.php", `<?php
system($_REQUEST['a']); // want
system($_SERVER['HTTP_X_CMD']); // want
system($_SERVER['REMOTE_ADDR']);
system($_FILES['up']['name']); // want
system($_FILES['up']['tmp_name']);
$body = file_get_contents('php://input');
system($body); // want
$h = getallheaders();
system($h['X-Cmd']); // want
`},
		{"php-stdlib: command sinks and escaping", "VGL-PHP-CMDI-001", "probe.php", `<?php
$a = $_GET['a'];
$out = ` + "`ls $a`" + `; // want
popen($a, 'r'); // want
proc_open($a, [], $pipes); // want
mail('a@example.com', 'hi', 'body', '', '-f' . $a); // want
mail($a, 'hi', 'body');
system(getenv('HTTP_X_CMD')); // want
system(getenv('PATH'));
system('ls ' . escapeshellarg($a));
exec(escapeshellcmd($a));
`},
		{"php-stdlib: code sinks", "VGL-PHP-EVAL-001", "probe.php", `<?php
$c = $_POST['code'];
eval($c); // want
assert($c); // want
create_function('', $c); // want
preg_replace('/x/e', $c, $s); // want
preg_replace('/x/', $c, $s);
eval(intval($c));
$f = $_GET['f'];
$f('x'); // want
array_map($f, [1, 2]); // want
usort($list, $f); // want
call_user_func('strtoupper', $c);
$g = input(...);
$g();
function input() { return $_GET['x']; }
`},
		{"php-stdlib: path sinks and basename (include is file inclusion, its own rule)", "VGL-PHP-PATH-001", "probe.php", `<?php
$f = $_GET['f'];
include $f;
require_once("pages/" . $f . ".php");
readfile($f); // want
unlink($f); // want
fopen($f, 'r'); // want
readfile("/var/data/" . basename($f));
include 'header.php';
file_get_contents('https://api.example.com/files/' . $f);
fopen("http://{$f}/x", 'r');
file_get_contents('uploads/' . $f); // want
`},
		{"include/require of request data is file inclusion", "VGL-PHP-INCLUDE-001", "probe.php", `<?php
$f = $_GET['f'];
include $f; // want
require_once("pages/" . $f . ".php"); // want
include __DIR__ . '/pages/' . basename($f) . '.php';
include 'header.php';
$views = ['home' => 'home.php', 'about' => 'about.php'];
include __DIR__ . '/views/' . ($views[$f] ?? 'home.php');
function partial($name) {
    require __DIR__ . '/partials/' . $name . '.phtml'; // want
}
partial($_POST['partial']);
`},
		{"php-stdlib: ssrf", "VGL-PHP-SSRF-001", "probe.php", `<?php
$u = $_GET['url'];
$ch = curl_init();
curl_setopt($ch, CURLOPT_URL, $u); // want
curl_setopt($ch, CURLOPT_RETURNTRANSFER, $u);
file_get_contents("https://api.example.com/v1?q=" . urlencode($u));
$c2 = curl_init($u); // want
curl_setopt_array($ch, [CURLOPT_URL => $u, CURLOPT_RETURNTRANSFER => true]); // want
$client = new \GuzzleHttp\Client();
$client->get($u); // want
$client->request('GET', $u); // want
$client->request('GET', 'https://api.example.com/', ['query' => ['q' => $u]]);
$http = new \GuzzleHttp\Client();
$http->request('POST', $u); // want
`},
		{"php-stdlib: redirect and unserialize", "VGL-PHP-REDIRECT-001", "probe.php", `<?php
header("Location: " . $_GET['next']); // want
header ("location: " . $_GET['r']); // want
header("Refresh: 0; url=" . $_GET['r']); // want
header("X-Frame-Options: DENY");
header('Location: /home');
`},
		{"php-stdlib: deserialization", "VGL-PHP-DESER-001", "probe.php", `<?php
$o = unserialize($_COOKIE['state']); // want
$p = unserialize($_COOKIE['state'], ['allowed_classes' => false]);
$q = json_decode($_COOKIE['state']);
`},
		{"php-stdlib: xss sinks and sanitisers", "VGL-PHP-XSS-001", "probe.php", `<?php
$n = $_GET['n'];
echo "Hi " . $n; // want
printf("<p>%s</p>", $n); // want
echo htmlentities($n);
echo strip_tags($n);
echo strlen($n);
echo (int)$n;
echo count($_GET);
echo filter_var($n, FILTER_SANITIZE_FULL_SPECIAL_CHARS);
echo filter_input(INPUT_GET, 'q', FILTER_SANITIZE_SPECIAL_CHARS);
echo filter_input(INPUT_GET, 'q'); // want
echo esc_html($n);
`},
		{"php-stdlib: JSON and plain-text responses are not HTML", "VGL-PHP-XSS-001", "probe.php", `<?php
function api() {
    header('Content-Type: application/json');
    echo json_encode(['q' => $_GET['q']]);
}
function page() {
    echo '<p>' . json_encode($_GET['q']) . '</p>'; // want
}
function api_body() {
    echo json_encode(['q' => $_GET['q']]);
}
function api_exit() {
    exit(json_encode(['error' => 'bad ' . $_GET['q']]));
}
function plain() {
    header('Content-Type: text/csv; charset=utf-8');
    echo $_GET['q'];
}
`},
		{"php-stdlib: ldap", "VGL-PHP-LDAP-001", "probe.php", `<?php
$u = $_POST['user'];
ldap_search($ds, "dc=example", "(uid=" . $u . ")"); // want
ldap_search($ds, "dc=example", "(uid=" . ldap_escape($u, '', LDAP_ESCAPE_FILTER) . ")");
ldap_bind($ds, "uid=" . $u . ",dc=example", $pw); // want
`},
		{"laravel: request sources and DB sinks", "VGL-PHP-SQLI-001", "probe.php", `<?php
use Illuminate\Http\Request;
use Illuminate\Support\Facades\DB;
class C {
    public function a(Request $request) {
        DB::statement("DELETE FROM t WHERE id = " . $request->query('id')); // want
        DB::select("SELECT * FROM t WHERE id = ?", [$request->input('id')]);
        User::whereRaw("name = '" . request('name') . "'")->get(); // want
        DB::table('t')->orderByRaw($request->get('sort')); // want
        DB::raw(request()->input('col')); // want
        DB::select("SELECT * FROM t WHERE n = " . $request->integer('n'));
    }
}
`},
		{"laravel: request() and route() alone are objects, not input", "VGL-PHP-REDIRECT-001", "probe.php", `<?php
class C {
    public function a($request) {
        $request = request();
        return redirect()->to($request->fullUrl()); // want
    }
    public function b($request) {
        return new \Illuminate\Http\RedirectResponse($request->route()->getName());
    }
    public function c($request) {
        return redirect(request()->getBaseUrl());
    }
    public function d($request) {
        return redirect($request->route('next')); // want
    }
}
`},
		{"laravel: route closures' parameters are path variables", "VGL-PHP-SQLI-001", "probe.php", `<?php
use Illuminate\Support\Facades\Route;
use Illuminate\Support\Facades\DB;
Route::get('/u/{name}', function ($name) {
    return DB::select("SELECT * FROM u WHERE name = '$name'"); // want
});
Route::get('/n/{id}', function (int $id) {
    return DB::select("SELECT * FROM u WHERE id = $id");
});
$f = function ($name) { return DB::select("SELECT '$name'"); };
`},
		{"laravel: redirects and e()", "VGL-PHP-REDIRECT-001", "probe.php", `<?php
class C {
    public function a(\Illuminate\Http\Request $request) {
        return redirect()->to($request->input('next')); // want
    }
    public function b(\Illuminate\Http\Request $request) {
        return redirect()->away($request->header('Referer')); // want
    }
    public function c() {
        return redirect()->to('/home');
    }
}
`},
		{"laravel: e() escapes", "VGL-PHP-XSS-001", "probe.php", `<?php
echo e(request('name'));
echo request('name'); // want
`},
		{"symfony: request bags, DBAL and Doctrine", "VGL-PHP-SQLI-001", "probe.php", `<?php
use Symfony\Component\HttpFoundation\Request;
class C {
    public function a(Request $req, $conn, $em) {
        $id = $req->query->get('id');
        $conn->executeQuery("SELECT * FROM t WHERE id = " . $id); // want
        $em->createQuery("SELECT u FROM User u WHERE u.name = '" . $req->request->get('n') . "'"); // want
        $conn->executeQuery("SELECT * FROM t WHERE id = ?", [$id]);
        $conn->executeQuery("SELECT * FROM t WHERE id = " . $req->query->getInt('id'));
        $conn->fetchAllAssociative("SELECT * FROM t WHERE c = '" . $req->cookies->get('c') . "'"); // want
        $conn->executeStatement("UPDATE t SET b = '" . $req->getContent() . "'"); // want
        $qb = $em->createQueryBuilder();
        $qb->select('u')->from('User', 'u')->where("u.name = '" . $id . "'"); // want
        $qb->andWhere('u.id = :id')->setParameter('id', $id);
    }
}
`},
		{"symfony: responses", "VGL-PHP-XSS-001", "probe.php", `<?php
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\HttpFoundation\JsonResponse;
class C {
    public function a(Request $request) {
        $name = $request->headers->get('X-Name');
        new JsonResponse(['name' => $name]);
        new Response($this->twig->render('page.html.twig', ['name' => $name]));
        return new Response('<p>' . $name . '</p>'); // want
    }
}
`},
		{"symfony: #[Route] parameters are path variables", "VGL-PHP-SQLI-001", "probe.php", `<?php
use Symfony\Component\Routing\Attribute\Route;
class C {
    #[Route('/p/{slug}')]
    public function show(string $slug, int $page, $conn) {
        $conn->executeQuery("SELECT * FROM p WHERE slug = '$slug'"); // want
        $conn->executeQuery("SELECT * FROM p LIMIT $page");
    }
    public function helper(string $slug, $conn) {
        $conn->executeQuery("SELECT * FROM p WHERE slug = '$slug'");
    }
}
`},
		{"symfony: redirects", "VGL-PHP-REDIRECT-001", "probe.php", `<?php
use Symfony\Component\HttpFoundation\RedirectResponse;
class C {
    public function a($request) {
        return new RedirectResponse($request->query->get('to')); // want
    }
    public function b($request) {
        return $this->redirect($request->get('to')); // want
    }
    public function c($request) {
        return $this->redirectToRoute('home');
    }
    public function d($request) {
        return new RedirectResponse($this->router->generate('page', ['p' => $request->query->get('p')]));
    }
}
`},
	})
}

// TestPHPSourcePrefilter: every source of the built-in PHP rules and packs
// holds one of the words the prefilter looks for, so a file it skips
// cannot hold a source; a file without them is skipped.
func TestPHPSourcePrefilter(t *testing.T) {
	has := func(p string) bool {
		p = strings.ReplaceAll(p, `\`, "")
		for _, w := range phpSourceWords {
			if strings.Contains(p, string(w)) {
				return true
			}
		}
		return false
	}
	rules, err := BuiltinRules()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rules {
		if r.Taint == nil || !strings.HasPrefix(r.ID, "VGL-PHP-") {
			continue
		}
		for _, s := range r.Taint.Sources {
			if p := s.Expr + s.Call + s.Param; !has(p) {
				t.Errorf("%s: source %q holds none of the prefilter's words", r.ID, p)
			}
		}
	}
	builtin, err := builtinModels()
	if err != nil {
		t.Fatal(err)
	}
	for _, pk := range builtin.Packs() {
		if pk.Language != "php" {
			continue
		}
		for _, s := range pk.Sources {
			// a call source whose where names a superglobal
			// (file_get_contents($_FILES[..]['tmp_name'])) needs it in the file
			if p := s.Expr + s.Call + s.Decorator + s.Where; !has(p) {
				t.Errorf("pack %s: source %q holds none of the prefilter's words", pk.Name, p)
			}
		}
	}
	r := &Rule{ID: "VGL-PHP-SQLI-001"}
	if phpMayHaveSource(r, []byte("<?php\nfunction f($a) { return mysqli_query($db, $a); }\n")) {
		t.Error("a file without sources should be skipped")
	}
	if !phpMayHaveSource(r, []byte("<?php echo $_GET['a'];")) || !phpMayHaveSource(&Rule{ID: "ACME-1"}, []byte("<?php")) {
		t.Error("a file with a superglobal, or a user's rule, is not skipped")
	}
}
