package ruby

import (
	"strings"
	"testing"

	"vigil/modules/analysis/scanner/ir"
	"vigil/modules/analysis/scanner/ir/irtest"
)

// instrs lists a function's instructions as text (ir's rendering).
func instrs(f *ir.Func) []string {
	var out []string
	for _, b := range f.Blocks {
		for _, in := range b.Instrs {
			out = append(out, in.String())
		}
	}
	return out
}

func has(list []string, want string) bool {
	for _, s := range list {
		if s == want {
			return true
		}
	}
	return false
}

// TestLowerClosures: blocks that do not run in place, procs and lambdas
// are functions of their own, made where they appear; methods have the
// receiver self and their class; define_method names its block.
func TestLowerClosures(t *testing.T) {
	src := `class Jobs < Base
  def run(a)
    later = lambda { |y| a + y }
    now = -> (z) { z }
    File.open(a) do |f|
      f.read
    end
    a
  end
  define_method(:dyn) { |q| q }
  def self.build(x) = x
end
get '/x' do
  params[:x]
end
`
	m := lower(t, src)
	run := irtest.FuncNamed(m, "run")
	if run == nil || run.Class != "Jobs" || run.Recv != "self" || len(run.Params) != 1 {
		t.Fatalf("method run: %+v", run)
	}
	if len(run.Children) != 3 {
		t.Fatalf("run should make 3 closures, made %d", len(run.Children))
	}
	if p := run.Children[0].Params; len(p) != 1 || p[0].Name != "y" {
		t.Errorf("lambda params %+v", p)
	}
	if p := run.Children[1].Params; len(p) != 1 || p[0].Name != "z" {
		t.Errorf("-> params %+v", p)
	}
	if d := irtest.FuncNamed(m, "dyn"); d == nil || d.Class != "Jobs" {
		t.Errorf("define_method(:dyn) block: %+v", d)
	}
	if b := irtest.FuncNamed(m, "build"); b == nil || len(b.Params) != 1 {
		t.Errorf("def self.build: %+v", b)
	}
	var route *ir.Func
	for _, c := range m.Top.Children {
		if c.Name == "" {
			route = c
		}
	}
	if route == nil || route.Class != topClass || route.Recv != "self" {
		t.Fatalf("the Sinatra route block should be a closure of the top level: %+v", route)
	}
	if got := instrs(route); !has(got, `return(params["x"])`) {
		t.Errorf("route block returns its last value: %q", got)
	}
}

// TestLowerNames: callees as written and canonical, receivers, keyword
// arguments, backticks.
func TestLowerNames(t *testing.T) {
	src := `def f(x)
  Open3.capture2("ls", x)
  ActiveRecord::Base.connection.execute(x)
  ::File.read(x)
  user&.update(name: x)
  system "ls #{x}"
  ` + "`cat #{x}`" + `
  %x(rm #{x})
  helper(x)
end
def helper(y) = y
`
	m := lower(t, src)
	var got []string
	for _, b := range irtest.FuncNamed(m, "f").Blocks {
		for _, in := range b.Instrs {
			if in.Op == ir.Call {
				got = append(got, in.Text+"="+in.Callee)
			}
		}
	}
	want := []string{"Open3.capture2=Open3.capture2", "ActiveRecord::Base.connection=ActiveRecord::Base.connection",
		"ActiveRecord::Base.connection.execute=ActiveRecord::Base.connection.execute", "::File.read=File.read",
		"user.update=user.update", "system=system", "`=`", "`=`", "helper=helper"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("callees\n got %v\nwant %v", got, want)
	}
	d := instrs(irtest.FuncNamed(m, "f"))
	for _, w := range []string{
		`$7 = call user.update on user($6, name=x)`,
		`$6 = build("name"=x)`,
		`$8 = format("ls ", x)`,
		"$10 = format(\"cat \", x)",
	} {
		if !has(d, w) {
			t.Errorf("missing %q in\n%s", w, strings.Join(d, "\n"))
		}
	}
}

// TestLowerAccessPaths: request hashes, instance variables, attribute
// writes, attribute-like calls, << and heredocs.
func TestLowerAccessPaths(t *testing.T) {
	src := `def f(k)
  a = params[:id]
  b = params[:user]["name"]
  @c = params[k]
  obj.name = cookies[:s]
  d = request.headers
  list << a
  q = <<~SQL
    SELECT #{b}
  SQL
  q
end
`
	d := instrs(irtest.FuncNamed(lower(t, src), "f"))
	for _, w := range []string{
		`a = params["id"]`,
		`b = params["user"]["name"]`,
		`self.@c = params[*]`,
		`obj.name = cookies["s"]`,
		`$1 = opaque(request, request.headers)`,
		`$2 = call request.headers on $1()`,
		`list[*] = a`,
		`$3 = format("\n    SELECT ", b, "\n  ")`,
	} {
		if !has(d, w) {
			t.Errorf("missing %q in\n%s", w, strings.Join(d, "\n"))
		}
	}
}

// TestLowerLocalsAndMethods: a bare name is a variable once assigned, a
// call of the file's method otherwise, a free place else.
func TestLowerLocalsAndMethods(t *testing.T) {
	src := `def f
  current = current_user
  x = params
  current_user = 1
  current_user
end
def current_user = User.find(1)
`
	d := instrs(irtest.FuncNamed(lower(t, src), "f"))
	want := []string{"$1 = call current_user()", "current = $1", "x = params", "current_user = 1", "return(current_user)"}
	if strings.Join(d, "|") != strings.Join(want, "|") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(d, "\n"), strings.Join(want, "\n"))
	}
}

// TestLowerShadowedSources: an assigned local named like a framework
// source method (params, request) gets a name of its own; a parameter or a
// free name keeps it.
func TestLowerShadowedSources(t *testing.T) {
	src := `def f(request)
  a = params[:x]
  params = { x: 1 }
  b = params[:x]
  c = request.path
end
def g(env)
  request = Rack::Request.new(env)
  request.path
end
`
	d := instrs(irtest.FuncNamed(lower(t, src), "f"))
	for _, w := range []string{`a = params["x"]`, `local:params = $1`, `b = local:params["x"]`, `$2 = opaque(request, request.path)`} {
		if !has(d, w) {
			t.Errorf("missing %q in\n%s", w, strings.Join(d, "\n"))
		}
	}
	if g := instrs(irtest.FuncNamed(lower(t, src), "g")); !has(g, `$2 = opaque(request, request.path)`) {
		t.Errorf("a request object keeps the name request:\n%s", strings.Join(g, "\n"))
	}
}

// TestLowerValidation: include? and == are comparisons the engine reads as
// validation; case/when compares the subject with each pattern.
func TestLowerValidation(t *testing.T) {
	src := `def f(x)
  return unless ALLOWED.include?(x)
  return unless x.in?(%w[a b])
  case x
  when "a" then 1
  end
end
`
	d := instrs(irtest.FuncNamed(lower(t, src), "f"))
	for _, w := range []string{`$2 = compare in(x, ALLOWED)`, `$5 = compare in(x, $4)`, `$7 = compare ===(x, "a")`} {
		if !has(d, w) {
			t.Errorf("missing %q in\n%s", w, strings.Join(d, "\n"))
		}
	}
}

// TestLowerBadInput: syntax errors are skipped, never fatal.
func TestLowerBadInput(t *testing.T) {
	for _, src := range []string{"def f(\n  x = = 1\n", "((((((", "\xff\xfe", "if x\nelse\n", "case\nwhen\n", "x = <<~A\n",
		"begin\nrescue =>\nend", "a.b.c.d.e.f = 1", "->(){ next }", "retry", "break", "BEGIN { redo }"} {
		m := lower(t, src)
		if m.Top == nil {
			t.Errorf("%q: no module function", src)
		}
	}
}

// TestLowerMethodObjects: calling a Method object (`method(:system)`, kept
// in a variable or not) is a call of the method it names; a variable
// assigned something else afterwards is no longer one.
func TestLowerMethodObjects(t *testing.T) {
	cases := []struct {
		name, body, want string
	}{
		{"variable", "m = method(:system)\n  m.call(x)", "system"},
		{"kernel", "Kernel.method(:exec).call(x)", "Kernel.exec"},
		{"dot-paren", "method(:spawn).(x)", "spawn"},
		{"public_method on receiver", "r = runner.public_method(:run)\n  r.call(x)", "runner.run"},
		{"reassigned", "m = method(:system)\n  m = ->(s) { s }\n  m.call(x)", "m.call"},
		{"lambda", "m = ->(s) { s }\n  m.call(x)", "m.call"},
		{"block sees the variable", "m = method(:system)\n  [x].each_slice(1) { |c| m.call(c) }", "system"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := lower(t, "def f(x)\n  "+c.body+"\nend\n")
			var calls []string
			var walk func(f *ir.Func)
			walk = func(f *ir.Func) {
				for _, b := range f.Blocks {
					for _, in := range b.Instrs {
						if in.Op == ir.Call && len(in.Args) == 1 && in.Args[0].Place.Base == "x" || in.Op == ir.Call && len(in.Args) == 1 && in.Args[0].Place.Base == "c" {
							calls = append(calls, in.Callee)
						}
					}
				}
				for _, ch := range f.Children {
					walk(ch)
				}
			}
			walk(irtest.FuncNamed(m, "f"))
			if len(calls) == 0 || calls[len(calls)-1] != c.want {
				t.Errorf("calls with x: %v, want last %q", calls, c.want)
			}
		})
	}
}
