package templates

import (
	"context"
	"testing"
	"testing/fstest"

	"vigil/modules/analysis/scanner"
)

// Each case is one template file: where an unescaped output must be
// reported (rule, line, column) and, for negatives, nothing at all.
func TestScanTemplates(t *testing.T) {
	type at struct {
		rule      string
		line, col int
	}
	tests := []struct {
		name, path, text string
		want             []at
	}{
		{"erb double equals", "app/views/posts/show.html.erb", "<h1><%= @post.title %></h1>\n<div><%== @post.body %></div>\n", []at{{"VGL-TPL-ERB-001", 2, 6}}},
		{"erb raw and html_safe", "app/views/a.html.erb", "<%= raw params[:q] %>\n<p><%= @bio.html_safe %></p>\n", []at{{"VGL-TPL-ERB-001", 1, 1}, {"VGL-TPL-ERB-001", 2, 4}}},
		{"erb link_to request url", "app/views/c.html.erb", "<p><%= link_to \"Back\", params[:return_to] %></p>\n<%= link_to(\"Site\", params.fetch(:url), class: \"btn\") %>\n", []at{{"VGL-TPL-ERB-001", 1, 4}, {"VGL-TPL-ERB-001", 2, 1}}},
		{"erb link_to stored website", "app/views/e.html.erb", "<p><%= link_to \"Website\", @user.website %></p>\n<%= link_to(comment.author.name, comment.author.homepage_url, target: \"_blank\") %>\n<%= link_to \"Blog\", profile.blog, rel: \"nofollow\" %>\n", []at{{"VGL-TPL-ERB-001", 1, 4}, {"VGL-TPL-ERB-001", 2, 1}, {"VGL-TPL-ERB-001", 3, 1}}},
		{"erb link_to record routes and text", "app/views/f.html.erb", "<p><%= link_to @user.website, user_path(@user) %></p>\n<%= link_to \"Profile\", @user %>\n<%= link_to \"Site\", sanitize(@user.website) %>\n<%= @user.website %>\n", nil},
		{"erb link_to route and text", "app/views/d.html.erb", "<p><%= link_to params[:name], root_path %></p>\n<%= link_to \"Home\", home_path(q: params[:q]) %>\n", nil},
		{"erb escaped and literal", "app/views/b.html.erb", "<%= @name %>\n<%== \"<br>\" %>\n<%# <%== x %> %>\n<%= \"&nbsp;\".html_safe %>\n", nil},
		{"jinja safe filter", "templates/page.html", "{% extends 'base.html' %}\n<p>{{ comment.text|safe }}</p>\n", []at{{"VGL-TPL-JINJA-001", 2, 4}}},
		{"django autoescape off", "templates/mail.djhtml", "{% autoescape off %}\n<div>{{ body }}</div>\n{% endautoescape %}\n", []at{{"VGL-TPL-JINJA-001", 1, 1}}},
		{"django help_text is markup by convention", "templates/field.html", "<span class=\"help-block\">{{ field.help_text|safe }}</span>\n", nil},
		{"jinja escaped", "templates/ok.jinja2", "{{ user.name }}\n{{ data|tojson|safe }}\n{{ '<hr>'|safe }}\n{% autoescape true %}{% endautoescape %}\n", nil},
		{"plain html is not jinja", "static/index.html", "<p>safe and sound | safe</p>\n", nil},
		{"twig raw", "templates/post.html.twig", "<div>{{ post.body|raw }}</div>\n", []at{{"VGL-TPL-TWIG-001", 1, 6}}},
		{"ejs unescaped", "views/profile.ejs", "<h1><%= user.name %></h1>\n<div><%- user.bio %></div>\n", []at{{"VGL-TPL-EJS-001", 2, 6}}},
		{"ejs configuration and translations", "views/head.ejs", "<script>window.serverURL = '<%- serverURL %>'; window.debug = <%- debug %>; var v = '<%- config.version %>';</script>\n<p><%- __('Powered by %s', '<a href=\"https://x\">X</a>') %></p>\n<%- DROPBOX_APP_KEY %>\nbusy <%- isBusy ? 1 : 0 %>\n", nil},
		{"ejs user content", "views/note.ejs", "<title><%- title %></title>\n<%- note.description %>\n", []at{{"VGL-TPL-EJS-001", 1, 8}, {"VGL-TPL-EJS-001", 2, 1}}},
		{"ejs without markup", "public/js/constant.ejs", "window.linkifyHeaderStyle = '<%- linkifyHeaderStyle %>'\nonline_users <%- onlineUsers %>\n", nil},
		{"ejs include and layout body", "views/layout.ejs", "<%- include('header') %>\n<%- body %>\n<%- include partials/footer %>\n", nil},
		{"handlebars triple", "views/post.hbs", "<h1>{{title}}</h1>\n<div>{{{ content.html }}}</div>\n{{& note}}\n", []at{{"VGL-TPL-HBS-001", 2, 6}, {"VGL-TPL-HBS-001", 3, 1}}},
		{"handlebars layout body", "views/layouts/main.handlebars", "<body>{{{body}}}</body>\n", nil},
		{"pug unescaped", "views/show.pug", "h1= title\ndiv!= post.body\np Hello !{user.name}\n", []at{{"VGL-TPL-PUG-001", 3, 9}, {"VGL-TPL-PUG-001", 2, 1}}},
		{"pug escaped", "views/ok.pug", "p= user.name\np Hello #{user.name}\np!= '<br>'\n", nil},
		{"jsp expression", "WEB-INF/jsp/search.jsp", "<p>You searched for <%= request.getParameter(\"q\") %></p>\n", []at{{"VGL-TPL-JSP-001", 1, 21}}},
		{"jsp c:out escapeXml false", "WEB-INF/jsp/bio.jsp", "<c:out value=\"${user.bio}\" escapeXml=\"false\"/>\n<p>bio</p>\n", []at{{"VGL-TPL-JSP-001", 1, 1}}},
		{"jsp escaped", "WEB-INF/jsp/ok.jsp", "<c:out value=\"${user.bio}\"/>\n<a href=\"<%= request.getContextPath() %>/x\">\n<%= Encode.forHtml(name) %>\n<%= 42 %>\n", nil},
		{"blade raw", "resources/views/post.blade.php", "<h1>{{ $post->title }}</h1>\n<div>{!! $post->body !!}</div>\n", []at{{"VGL-TPL-BLADE-001", 2, 6}}},
		{"blade helpers", "resources/views/form.blade.php", "<form>{!! csrf_field() !!}{!! method_field('PUT') !!}{!! e($x) !!}</form>\n", nil},
		{"handlebars markup the exporter built", "public/views/html.hbs", "<style>{{{css}}}</style>\n<body>{{{html}}}\n<ul>{{{ui-toc}}}</ul><div {{{lang}}} {{{dir}}}>{{{ui-toc-affix}}}</div>\n{{{ bodyHtml }}}\n", nil},
		{"handlebars user data beside markup", "public/views/note.hbs", "<body>{{{html}}}\n<p>{{{ owner.name }}}</p>\n<i>{{{ htmlTitle.x }}}</i>\n<div>{{{ post.bodyHtml }}}</div>\n", []at{{"VGL-TPL-HBS-001", 2, 4}, {"VGL-TPL-HBS-001", 3, 4}, {"VGL-TPL-HBS-001", 4, 6}}},
		{"blade component slots and asset helpers", "resources/views/html/layout.blade.php", "<head>{!! $head ?? '' !!}{!! Renderer::css() !!}</head>\n<body>{!! $header ?? '' !!}{!! $slot !!}{!! $subcopy ?? '' !!}\n{!! $footer ?? '' !!}{!! \\Illuminate\\Foundation\\Vite::reactRefresh() !!}</body>\n", nil},
		{"blade request and comments", "resources/views/c.blade.php", "<div>{!! Request::getContent() !!}</div>\n<p>{!! $comment->body ?? '' !!}</p>\n<p>{!! $headline !!}</p>\n", []at{{"VGL-TPL-BLADE-001", 1, 6}, {"VGL-TPL-BLADE-001", 2, 4}, {"VGL-TPL-BLADE-001", 3, 4}}},
		{"ejs server tokens", "views/body.ejs", "<a href=\"<%- serverURL %>/me/delete/<%- deleteToken %>\">x</a>\n<p><%- user.bio %></p>\n", []at{{"VGL-TPL-EJS-001", 2, 4}}},
		{"twig captured blocks, opted-in html, json and translations", "views/Form/layout.html.twig", "{% set menu -%}<li>{{ item }}</li>{%- endset %}\n<ul>{{ menu|raw }}</ul>\n{% if label_html is same as(false) %}{{ label }}{% else %}{{ label|raw }}{% endif %}\n<script>const map = {{ data.listeners|json_encode|raw }};</script>\n<p>{{ help|trans(help_translation_parameters, translation_domain)|raw }}</p>\n<label>{{ widget|raw }}</label>\n<div {{ block_attrs|default('')|raw }}></div>\n", nil},
		{"twig dumper and excerpt output, flag opt-in, set from file_excerpt", "views/Profiler/dump.html.twig", "<div>{{ dump.data|raw }}</div>\n<p>{{ raw ? content|raw : content|nl2br }}</p>\n{% set source = file.path|file_excerpt(line, -1) %}\n<pre>{{ source|raw }}</pre>\n<i>{{ data.dump|raw }}</i>\n", nil},
		{"twig fields and look-alike names stay findings", "views/post.html.twig", "<div>{{ post.dumpster|raw }}</div>\n<p>{{ admin ? content|raw : '' }}</p>\n{% set source = app.request.get('s') %}\n<pre>{{ source|raw }}</pre>\n", []at{{"VGL-TPL-TWIG-001", 1, 6}, {"VGL-TPL-TWIG-001", 2, 4}, {"VGL-TPL-TWIG-001", 4, 6}}},
		{"blade markup the template escapes itself, markdown of the slot", "resources/views/components/code.blade.php", "@php\n$fallback = '<pre><code>';\nforeach ($lines as $line) { $fallback .= htmlspecialchars($line); }\n@endphp\n<div>{!! $fallback !!}</div>\n<td>{!! Illuminate\\Mail\\Markdown::parse($slot) !!}</td>\n", nil},
		{"blade variable built from the request", "resources/views/x.blade.php", "@php\n$out = htmlspecialchars($a) . $_GET['b'];\n@endphp\n<div>{!! $out !!}</div>\n<td>{!! Markdown::parse($comment) !!}</td>\n", []at{{"VGL-TPL-BLADE-001", 4, 6}, {"VGL-TPL-BLADE-001", 5, 5}}},
		{"twig raw without opt-in", "views/comment.html.twig", "{% set menu = app.request.get('menu') %}\n<ul>{{ menu|raw }}</ul>\n<p>{{ label|raw }}</p>\n<p>{{ comment.body|trans|upper }}</p>\n", []at{{"VGL-TPL-TWIG-001", 2, 5}, {"VGL-TPL-TWIG-001", 3, 4}}},
		{"go template safeHTML", "layouts/post.gohtml", "<h1>{{ .Title }}</h1>\n<div>{{ .Content | safeHTML }}</div>\n", []at{{"VGL-TPL-GO-001", 2, 6}}},
		{"go template escaped", "web/page.tmpl", "<p>{{ .Name }}</p>\n<p>{{ .Body | html }}</p>\n", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Scan(tc.path, []byte(tc.text))
			seen := map[at]bool{}
			for _, f := range got {
				seen[at{f.RuleID, f.Location.StartLine, f.Location.StartColumn}] = true
				if f.Location.EndLine < f.Location.StartLine || f.Snippet == "" || f.Fingerprint == "" || f.CWE[0] != "CWE-79" {
					t.Errorf("incomplete finding %+v", f)
				}
			}
			for _, w := range tc.want {
				if !seen[w] {
					t.Errorf("missing %v; got %v", w, seen)
				}
			}
			if len(got) != len(tc.want) {
				t.Errorf("%d findings, want %d: %v", len(got), len(tc.want), seen)
			}
		})
	}
}

// Through the engine, a template in a test or example folder is kept but
// lowered to info, like every other finding outside production code, and
// a `vigil:ignore` in the template suppresses it.
func TestPassThroughScanner(t *testing.T) {
	fsys := fstest.MapFS{
		"app/views/show.html.erb":             {Data: []byte("<div><%== @post.body %></div>\n")},
		"spec/fixtures/views/x.html.erb":      {Data: []byte("<div><%== @post.body %></div>\n")},
		"app/views/ignored.html.erb":          {Data: []byte("<%# vigil:ignore VGL-TPL-ERB-001 sanitized by Loofah upstream %>\n<div><%== @post.body %></div>\n")},
		"app/controllers/posts_controller.rb": {Data: []byte("class PostsController; end\n")},
	}
	res, err := scanner.ScanFS(context.Background(), fsys, scanner.Options{Rules: []*scanner.Rule{}, Passes: []scanner.Pass{New()}})
	if err != nil {
		t.Fatal(err)
	}
	byPath := map[string]scanner.Finding{}
	for _, f := range res.Findings {
		byPath[f.Location.Path] = f
	}
	if f := byPath["app/views/show.html.erb"]; f.Severity != scanner.SeverityMedium || f.Suppression != nil {
		t.Errorf("production template: %+v", f)
	}
	if f := byPath["spec/fixtures/views/x.html.erb"]; f.Severity != scanner.SeverityInfo {
		t.Errorf("test template not lowered: %+v", f)
	}
	if f := byPath["app/views/ignored.html.erb"]; f.Suppression == nil {
		t.Errorf("vigil:ignore not honoured: %+v", f)
	}
}

// An Express view's unescaped local is reported unless every render of
// the view is found and gives it a constant: a literal in the locals, or
// a helper's parameter that every call of the helper fills with a literal.
func TestRenderLocals(t *testing.T) {
	view := []byte("<html><body>\n<h1><%- status %> <%- reason %></h1>\n</body></html>\n")
	tests := []struct {
		name  string
		files map[string]string
		want  []int // lines of views/fail.ejs still reported
	}{
		{"literal locals and a helper called with literals", map[string]string{
			"src/fail.js":   "function sendFailure (res, status, reason) {\n  res.status(status).render('fail.ejs', { status: status, reason })\n}\nexports.sendFailure = sendFailure\n",
			"src/routes.js": "const { sendFailure } = require('./fail')\napp.get('/x', (req, res) => sendFailure(res, 404, 'Not here'))\nfunction teapot (req, res) { res.render('fail', { status: 418, reason: \"I'm a teapot\" }) }\n",
		}, nil},
		{"a helper called with request data", map[string]string{
			"src/fail.js":   "function sendFailure (res, status, reason) {\n  res.render('fail.ejs', { status: status, reason: reason })\n}\nexports.sendFailure = sendFailure\n",
			"src/routes.js": "const f = require('./fail')\napp.get('/x', (req, res) => f.sendFailure(res, 400, req.query.why))\n",
		}, []int{2}},
		{"a local the render does not set", map[string]string{
			"src/a.js": "app.get('/a', (req, res) => res.render('fail', { status: 500 }))\n",
		}, []int{2}},
		{"a helper passed as a callback", map[string]string{
			"src/a.js": "function sendFailure (res, status, reason) { res.render('fail', { status, reason }) }\nemitter.on('fail', sendFailure)\nsendFailure(res, 500, 'x')\n",
		}, []int{2}},
		{"a view name chosen at run time", map[string]string{
			"src/a.js": "res.render('fail', { status: 1, reason: 'r' })\nres.render(req.params.page, req.query)\n",
		}, []int{2}},
		{"a parameter reassigned in the helper", map[string]string{
			"src/a.js": "function sendFailure (res, status, reason) {\n  reason = reason + lookup(res.req.query.q)\n  res.render('fail', { status, reason })\n}\nsendFailure(res, 500, 'x')\n",
		}, []int{2}},
		{"no render found", map[string]string{"src/a.js": "module.exports = {}\n"}, []int{2}},
		{"included by another view", map[string]string{
			"src/a.js":       "res.render('fail', { status: 1, reason: 'r' })\nres.render('page', { status: req.query.s, reason: req.query.r })\n",
			"views/page.ejs": "<html><%- include('fail') %></html>\n",
		}, []int{2}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{"views/fail.ejs": {Data: view}}
			for p, s := range tc.files {
				fsys[p] = &fstest.MapFile{Data: []byte(s)}
			}
			res, err := scanner.ScanFS(context.Background(), fsys, scanner.Options{Rules: []*scanner.Rule{}, Passes: []scanner.Pass{New()}})
			if err != nil {
				t.Fatal(err)
			}
			var got []int
			for _, f := range res.Findings {
				if f.Location.Path == "views/fail.ejs" {
					got = append(got, f.Location.StartLine)
				}
			}
			if len(tc.want) == 0 && len(got) != 0 || len(tc.want) > 0 && (len(got) == 0 || got[0] != tc.want[0]) {
				t.Errorf("reported lines %v, want %v", got, tc.want)
			}
		})
	}
}

// Inline ERB in a controller (render inline:) is a template too: its
// unescaped outputs of request data are findings at their place in the
// Ruby file; escaped ones and the controller's own values are not.
func TestScanRubyInline(t *testing.T) {
	src := "class PagesController < ApplicationController\n" +
		"  def a\n" +
		"    render inline: \"<p><%= raw params[:q] %></p>\"\n" +
		"  end\n" +
		"  def b\n" +
		"    render(:inline => '<div><%== request.params[\"n\"] %></div>')\n" +
		"  end\n" +
		"  def c\n" +
		"    render inline: \"<p><%= params[:q] %></p><%= raw @title %><%== h(params[:x]) %>\"\n" +
		"  end\n" +
		"end\n"
	got := ScanRubyInline("app/controllers/pages_controller.rb", []byte(src))
	var lines []int
	for _, f := range got {
		if f.RuleID != "VGL-TPL-ERB-001" {
			t.Errorf("rule %s", f.RuleID)
		}
		lines = append(lines, f.Location.StartLine)
	}
	if len(lines) != 2 || lines[0] != 3 || lines[1] != 6 {
		t.Errorf("lines %v, want [3 6]", lines)
	}
	if got[0].Location.StartColumn != 24 {
		t.Errorf("column %d, want 24", got[0].Location.StartColumn)
	}
}

// A Sinatra app's ERB views do not escape <%= %> unless the app sets
// escape_html: request data printed with it is a finding there, not in a
// Rails app's views nor once escape_html is on.
func TestSinatraViews(t *testing.T) {
	view := []byte("<html><body>\n<h1><%= params[:q] %></h1>\n<p><%= h(params[:n]) %> <%= @title %> <%= params[:page].to_i %></p>\n</body></html>\n")
	run := func(app string) []scanner.Finding {
		fsys := fstest.MapFS{
			"app.rb":               {Data: []byte(app)},
			"views/search.erb":     {Data: view},
			"app/views/x.html.erb": {Data: view},
		}
		res, err := scanner.ScanFS(context.Background(), fsys, scanner.Options{Rules: []*scanner.Rule{}, Passes: []scanner.Pass{New()}})
		if err != nil {
			t.Fatal(err)
		}
		return res.Findings
	}
	got := run("require 'sinatra'\n\nget '/search' do\n  erb :search\nend\n")
	if len(got) != 1 || got[0].Location.Path != "views/search.erb" || got[0].Location.StartLine != 2 || got[0].RuleID != "VGL-TPL-ERB-001" {
		t.Errorf("unescaped Sinatra view: %+v", got)
	}
	if got := run("require 'sinatra'\nset :erb, escape_html: true\n\nget '/search' do\n  erb :search\nend\n"); len(got) != 0 {
		t.Errorf("escape_html on: %+v", got)
	}
	if got := run("class App < Rails::Application; end\n"); len(got) != 0 {
		t.Errorf("not a Sinatra app: %+v", got)
	}
}
