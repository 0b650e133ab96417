package scanner

import (
	"testing"
)

// TestEngineV2RubyProbes: the causes of missed flows and false alarms of
// issue "Scanner v2", in Ruby.
func TestEngineV2RubyProbes(t *testing.T) {
	runProbes(t, builtinRulesByID(t), []probe{
		{"service object built and called in one expression", "VGL-RUBY-SQLI-001", "probe.rb", `
class SalesQuery
  def initialize(region)
    @region = region
  end

  def call
    Sale.find_by_sql("SELECT * FROM sales WHERE region = '#{@region}'")  # want
  end
end

class ReportsController < ApplicationController
  def index
    SalesQuery.new(params[:region]).call
  end
end
`},
		{"keyword constructor, attr_reader read in a private method, method with arguments", "VGL-RUBY-SQLI-001", "probe.rb", `
class KwQuery
  attr_reader :region
  def initialize(region:, year: 2020)
    @region = region
    @year = year
  end

  def call(order)
    Sale.find_by_sql(sql)  # want
  end

  private

  def sql
    "SELECT * FROM sales WHERE region = '#{region}'"
  end
end

class ReportsController < ApplicationController
  def index
    KwQuery.new(region: params[:region], year: 2021).call("id")
  end
end
`},
		{"a constructor keeping a constant: the object is clean", "VGL-RUBY-SQLI-001", "probe.rb", `
class FixedQuery
  def initialize(region)
    @region = "north"
  end

  def call
    Sale.find_by_sql("SELECT * FROM sales WHERE region = '#{@region}'")
  end
end

class ReportsController < ApplicationController
  def index
    FixedQuery.new(params[:region]).call
    q = FixedQuery.new(params[:region])
    q.call
  end
end
`},
		{"o.m after o = C.new(x) is C's method m, not another class's", "VGL-RUBY-SQLI-001", "probe.rb", `
class AQuery
  def initialize(region)
    @region = region
  end

  def call
    Sale.find_by_sql("SELECT * FROM a WHERE region = '#{@region}'")  # want
  end
end

class BQuery
  def initialize(region)
    @region = region.to_i
  end

  def call
    Sale.find_by_sql("SELECT * FROM b WHERE region = '#{@region}'")
  end
end

class ReportsController < ApplicationController
  def index
    q = AQuery.new(params[:region])
    q.call
  end
end
`},
		{"defaulting idiom keeps taint", "VGL-RUBY-CMDI-001", "probe.rb", `
class C < ApplicationController
  def run
    name = params[:name]
    name = "nobody" if name.nil?
    name ||= "x"
    name = name || ""
    system("echo #{name}")  # want
  end
end
`},
		{"constant else-branch clears on its path only", "VGL-RUBY-CMDI-001", "probe.rb", `
class C < ApplicationController
  def run
    if params[:safe]
      cmd = "ls"
    else
      cmd = "ls " + params[:dir]
    end
    system(cmd)  # want
    system("ls")
  end
end
`},
		{"unless, elsif and case/when", "VGL-RUBY-CMDI-001", "probe.rb", `
class C < ApplicationController
  def run
    mode = params[:mode]
    case mode
    when "a" then system("echo " + mode)
    when "b", "c"
      system(mode)
    else
      system(mode)  # want
    end
    x = params[:x]
    unless x.present?
      x = "def"
    end
    system(x)  # want
  end
end
`},
		{"constant case subject prunes", "VGL-RUBY-CMDI-001", "probe.rb", `
class C < ApplicationController
  def run
    kind = 2
    case kind
    when 1 then system(params[:a])
    else system("ls")
    end
    system(params[:b]) if 3 * 7 > 100
  end
end
`},
		{"allow-list membership validates", "VGL-RUBY-SQLI-001", "probe.rb", `
class C < ApplicationController
  SORTABLE = %w[name created_at].freeze
  def index
    col = params[:sort]
    if SORTABLE.include?(col)
      User.order(col)
    end
    User.order(col)  # want
    dir = params[:dir]
    return head(:bad_request) unless %w[asc desc].include?(dir)
    User.order("name #{dir}")
  end
end
`},
		{"arrays, hashes and <<", "VGL-RUBY-CMDI-001", "probe.rb", `
class C < ApplicationController
  def run
    parts = ["ls"]
    parts << params[:dir]
    system(parts.join(" "))  # want
    opts = { safe: "ls", user: params[:u] }
    system(opts[:safe])
    system(opts[:user])  # want
    list = []
    list.push(params[:p])
    system(list.first)  # want
  end
end
`},
		{"blocks run in place: each, map and return", "VGL-RUBY-CMDI-001", "probe.rb", `
class C < ApplicationController
  def run
    params[:files].each do |f|
      system("rm #{f}")  # want
    end
    names = params[:names].map { |n| n.strip }
    system(names.join(","))  # want
    ids = params[:ids].map(&:to_i)
    safe = params[:ids].map { |i| i.to_i }
    system("kill #{safe.join(' ')}")
  end
end
`},
		{"early return and halt end the path", "VGL-RUBY-CMDI-001", "probe.rb", `
class C < ApplicationController
  def run
    c = params[:c]
    return unless c == "ls"
    system(c)
  end
  def other
    c = params[:c]
    raise ArgumentError unless c =~ /[a-z]/
    redirect_to root_path and return if c.empty?
    system(c)  # want
  end
end
`},
		{"regex validation anchored with \\A and \\z", "VGL-RUBY-CMDI-001", "probe.rb", `
class C < ApplicationController
  def a
    x = params[:x]
    return head(:bad_request) unless x =~ /\A[a-z0-9_]+\z/
    system("ls #{x}")
  end
  def b
    x = params[:x]
    raise "bad" if x !~ /\A\d+\z/
    system("kill #{x}")
  end
  def c
    x = params[:x]
    system("ls #{x}") if x.match?(/\A[a-z]+\z/)
    system("ls #{x}") if x.match?(/^[a-z]+$/)  # want
    system("ls #{x}") if /\A.*\z/.match?(x)  # want
    system("ls #{x}") if x =~ /\A[a-z]+$/  # want
  end
end
`},
		{"instance variables set in before_action", "VGL-RUBY-CMDI-001", "probe.rb", `
class C < ApplicationController
  before_action :load
  def show
    system("cat #{@file}")  # want
  end
  private
  def load
    @file = params[:file]
  end
end
`},
		{"attributes read their instance variables", "VGL-RUBY-CMDI-001", "probe.rb", `
class Job
  attr_accessor :cmd, :name
  def initialize(params)
    self.cmd = params[:cmd]
    @name = "job"
  end
  def run
    system(name)
    system(cmd)  # want
    system(self.cmd)  # want
  end
end
class C < ApplicationController
  def create
    Job.new(params).run
  end
end
`},
		{"helpers: summaries of methods of the file", "VGL-RUBY-SQLI-001", "probe.rb", `
class C < ApplicationController
  def index
    User.find_by_sql(query_for(params[:q]))  # want
    User.find_by_sql(query_for("x"))
    User.where("name = '#{term}'")  # want
  end
  private
  def query_for(t)
    "SELECT * FROM users WHERE name = '#{t}'"
  end
  def term
    params[:term]
  end
end
`},
		{"begin/rescue/ensure", "VGL-RUBY-CMDI-001", "probe.rb", `
class C < ApplicationController
  def run
    c = "ls"
    begin
      c = params[:c]
      Integer(c)
    rescue ArgumentError => e
      system(c)  # want
    ensure
      log(c)
    end
  end
end
`},
		{"heredoc, ternary, safe navigation, %x", "VGL-RUBY-CMDI-001", "probe.rb", `
class C < ApplicationController
  def run
    d = params[:dir]
    script = <<~SH
      ls #{d}
    SH
    system(script)  # want
    e = params[:flag] ? "ls" : d&.strip
    system(e)  # want
    %x(ls #{d})  # want
    ` + "`ls #{d}`" + `  # want
    system("ls", d)
    Open3.capture2("ls", d)
  end
end
`},
		{"Sinatra routes and filters", "VGL-RUBY-CMDI-001", "probe.rb", `
require 'sinatra'
before do
  @host = params[:host]
end
get '/ping' do
  system("ping -c 1 #{@host}")  # want
end
post '/run/:name' do
  name = params[:name]
  halt 400 unless name == "uptime"
  system(name)
end
`},
		{"Sinatra route captures as block parameters", "VGL-RUBY-CMDI-001", "probe.rb", `
require 'sinatra'
get '/hello/:name' do |name|
  system("echo #{name}")  # want
end
helpers do
  def run(name)
    system("echo #{name}")
  end
end
`},
		{"closures see the state where they are made", "VGL-RUBY-CMDI-001", "probe.rb", `
class C < ApplicationController
  def run
    c = params[:c]
    later = lambda { system(c) }  # want
    fixed = -> { system("ls") }
    later.call
  end
end
`},
		{"while, until and for loops", "VGL-RUBY-CMDI-001", "probe.rb", `
class C < ApplicationController
  def run
    a = ""
    b = ""
    i = 0
    while i < 3
      system(a)  # want
      a = b
      b = params[:x]
      i += 1
    end
    for f in params[:list] do
      system(f)  # want
    end
  end
end
`},
		{"a local variable named params is not the request's", "VGL-RUBY-CMDI-001", "probe.rb", `
class Router
  def dispatch(path)
    params = { controller: "home" }
    system("run #{params[:controller]}")
  end
  def call(env)
    request = Rack::Request.new(env)
    system("echo #{request.params['x']}")  # want
  end
end
`},
		{"case/in binds names from the subject", "VGL-RUBY-CMDI-001", "probe.rb", `
class C < ApplicationController
  def run
    case params.to_unsafe_h
    in {cmd: String => c}
      system(c)  # want
    in {name:}
      system(name)  # want
    end
  end
end
`},
		{"each check of && and || holds on its own edge", "VGL-RUBY-REDIRECT-001", "probe.rb", `
class C < ApplicationController
  def a
    path = params[:to].to_s
    if path.start_with?("/") && !path.start_with?("//")
      redirect_to path
    end
  end
  def b
    path = params[:to].to_s
    if path.empty? || path.start_with?("/")
      redirect_to path  # want
    end
  end
  def c
    path = params[:to].to_s
    return head(:bad_request) unless path.start_with?("/app/")
    redirect_to path
  end
end
`},
		{"a check of a parameter read in place holds where every path checked it", "VGL-RUBY-SQLI-001", "probe.rb", `
class C < ApplicationController
  SORTABLE = %w[name price].freeze
  def a
    @items = Item.order(SORTABLE.include?(params[:sort]) ? params[:sort] : "id")
  end
  def b
    return head(:bad_request) unless SORTABLE.include?(params[:sort])
    @items = Item.order(params[:sort])
    @other = Item.order(params[:dir])  # want
  end
  def c
    flag = SORTABLE.include?(params[:sort]) ? 1 : 0
    @items = Item.order(params[:sort])  # want
  end
  def d
    if params[:sort] == "name" || params[:fast]
      @items = Item.order(params[:sort])  # want
    end
  end
end
`},
		{"membership in a collection derived from a constant validates", "VGL-RUBY-TRUST-001", "probe.rb", `
class C < ApplicationController
  def a
    if I18n.available_locales.map(&:to_s).include?(params[:locale])
      session[:locale] = params[:locale]
    else
      session[:bad] = params[:locale]  # want
    end
  end
  def b
    if params[:list].to_s.split(",").include?(params[:locale])
      session[:locale] = params[:locale]  # want
    end
  end
end
`},
		{"a host check validates the URI", "VGL-RUBY-SSRF-001", "probe.rb", `
class C < ApplicationController
  HOSTS = %w[api.example.com].freeze
  def a
    uri = URI.parse(params[:url])
    return head(:forbidden) unless HOSTS.include?(uri.host)
    Net::HTTP.get(uri)
  end
  def b
    uri = URI.parse(params[:url])
    Net::HTTP.get(uri) if uri.host == "api.example.com"
    Net::HTTP.get(uri)  # want
  end
end
`},
		{"a file's own redirect_to is not the framework's", "VGL-RUBY-REDIRECT-001", "probe.rb", `
class M
  def call(env)
    req = Rack::Request.new(env)
    redirect_to req.params["to"]
  end
  def redirect_to(loc)
    [302, { "Location" => "/" }, []]
  end
end
`},
		{"Rails' redirect_to where the file defines none", "VGL-RUBY-REDIRECT-001", "probe.rb", `
class C < ApplicationController
  def a
    redirect_to params[:to]  # want
  end
end
`},
		{"a host-name pattern with a literal dot validates", "VGL-RUBY-CMDI-001", "probe.rb", `
class C < ApplicationController
  def a
    host = params[:host]
    return head(:bad_request) unless host =~ /\A[a-z0-9.-]+\z/
    system("ping -c 1 #{host}")
  end
  def b
    host = params[:host]
    return head(:bad_request) unless host =~ /\A.+\z/
    system("ping -c 1 #{host}")  # want
  end
end
`},
	})
}

// TestRubyPackProbes: each model pack entry family, a flow that must be
// reported and a look-alike that must not.
func TestRubyPackProbes(t *testing.T) {
	runProbes(t, builtinRulesByID(t), []probe{
		// ruby-stdlib
		{"stdlib: Kernel, IO.popen, Open3, backticks", "VGL-RUBY-CMDI-001", "probe.rb", `
class C < ApplicationController
  def run
    x = params[:x]
    system(x)  # want
    exec("sh -c #{x}")  # want
    spawn(x)  # want
    IO.popen("grep #{x}")  # want
    IO.popen(["grep", x])
    Open3.capture3("grep #{x} f")  # want
    Open3.capture2("grep", x)
    system(Shellwords.escape(x))
    system("grep #{x.shellescape}")
    system("kill #{x.to_i}")
    open("|#{x}")  # want
  end
end
`},
		{"stdlib: eval and send", "VGL-RUBY-EVAL-001", "probe.rb", `
class C < ApplicationController
  def run
    eval(params[:code])  # want
    obj.instance_eval(params[:code])  # want
    User.class_eval("def #{params[:m]}; end")  # want
    eval("1 + #{params[:n].to_i}")
  end
end
`},
		{"stdlib: send with a method name from outside (pack sink)", "VGL-RUBY-EVAL-001", "probe.rb", `
class C < ApplicationController
  def run
    @user.send(params[:attr])  # want
    @user.public_send(params[:attr], 1)  # want
    @user.send(:name, params[:x])
    Object.const_get(params[:klass])  # want
  end
end
`},
		{"stdlib: files", "VGL-RUBY-PATH-001", "probe.rb", `
class C < ApplicationController
  def run
    name = params[:name]
    File.read("/srv/#{name}")  # want
    File.open(name, "w") { |f| f.write("x") }  # want
    File.read(File.join("/srv", File.basename(name)))
    FileUtils.rm_rf(name)  # want
    send_file "/srv/#{name}"  # want
    send_file Rails.root.join("public", "x.pdf")
  end
end
`},
		{"stdlib: Net::HTTP and open-uri", "VGL-RUBY-SSRF-001", "probe.rb", `
class C < ApplicationController
  def run
    uri = URI.parse(params[:url])
    Net::HTTP.get(uri)  # want
    Net::HTTP.get_response(URI("https://api.example.com/x?id=#{params[:id].to_i}"))
    URI.open(params[:url])  # want
  end
end
`},
		{"stdlib: Marshal and YAML", "VGL-RUBY-DESER-001", "probe.rb", `
class C < ApplicationController
  def run
    Marshal.load(Base64.decode64(params[:state]))  # want
    YAML.load(request.body.read)  # want
    YAML.safe_load(params[:doc])
    JSON.parse(params[:doc])
  end
end
`},
		{"stdlib: ERB templates", "VGL-RUBY-SSTI-001", "probe.rb", `
class C < ApplicationController
  def run
    ERB.new(params[:tpl]).result(binding)  # want
    ERB.new("<p><%= name %></p>").result_with_hash(name: params[:name])
  end
end
`},
		{"stdlib: escaping cleans HTML, not SQL", "VGL-RUBY-SQLI-001", "probe.rb", `
class C < ApplicationController
  def run
    q = CGI.escapeHTML(params[:q])
    User.where("name = '#{q}'")  # want
    n = Integer(params[:n])
    User.where("id = #{n}")
  end
end
`},
		// rails
		{"rails: sources beyond params", "VGL-RUBY-CMDI-001", "probe.rb", `
class C < ApplicationController
  def run
    system(request.headers["X-Cmd"])  # want
    system(cookies[:cmd])  # want
    system(request.raw_post)  # want
    system(params.require(:job).permit(:cmd)[:cmd])  # want
    system(request.env["HTTP_X_CMD"])  # want
    system(request.referer)  # want
  end
end
`},
		{"rails: Active Record string conditions only", "VGL-RUBY-SQLI-001", "probe.rb", `
class C < ApplicationController
  def index
    User.where("name = '#{params[:name]}'")  # want
    User.where(name: params[:name])
    User.where("name = ?", params[:name])
    User.where("name = :n", n: params[:name])
    User.order(params[:sort])  # want
    User.order(created_at: :desc)
    User.pluck(params[:col])  # want
    User.exists?("name = '#{params[:n]}'")  # want
    User.exists?(name: params[:n])
    User.find_by_sql("SELECT * FROM u WHERE id = #{params[:id]}")  # want
    User.find_by_sql(["SELECT * FROM u WHERE id = ?", params[:id]])
    ActiveRecord::Base.connection.execute("DELETE FROM u WHERE n = '#{params[:n]}'")  # want
    User.where("name = #{ActiveRecord::Base.connection.quote(params[:n])}")
    User.where(ActiveRecord::Base.sanitize_sql_array(["name = ?", params[:n]]))
  end
end
`},
		{"rails: raw HTML", "VGL-RUBY-XSS-001", "probe.rb", `
class C < ApplicationController
  def show
    render html: "<p>#{params[:msg]}</p>".html_safe  # want
    render html: "<p>#{ERB::Util.html_escape(params[:msg])}</p>".html_safe
    render plain: params[:msg]
  end
end
`},
		{"rails: html_safe (pack sink)", "VGL-RUBY-XSS-001", "probe.rb", `
module H
  def greet
    "<b>#{params[:name]}</b>".html_safe  # want
    "<b>#{sanitize(params[:name])}</b>".html_safe
  end
end
`},
		{"rails: render inline", "VGL-RUBY-SSTI-001", "probe.rb", `
class C < ApplicationController
  def show
    render inline: "<p>#{params[:t]}</p>"  # want
    render inline: "<p><%= t %></p>"
  end
end
`},
		{"rails: open redirects", "VGL-RUBY-REDIRECT-001", "probe.rb", `
class C < ApplicationController
  def back
    redirect_to params[:return_to]  # want
    redirect_to url_from(params[:return_to]) || root_path
    @user = User.find(params[:id])
    redirect_to @user
    redirect_to user_path(params[:id])
    redirect_back fallback_location: params[:back]  # want
    head :found, location: params[:to]  # want
  end
end
`},
		{"rails: constantize", "VGL-RUBY-EVAL-001", "probe.rb", `
class C < ApplicationController
  def show
    params[:type].constantize.new  # want
    "Report".constantize.new
  end

  def index
    klass = params[:model].safe_constantize  # want
    klass.where(id: params[:id])
  end

  def dispatch
    # looked up, then handed to a function that checks what it is: nothing is called here
    ActionableError.dispatch(params[:error].to_s.safe_constantize, params[:action])
    kind = params[:kind].constantize
    Registry.allowed?(kind)
  end
end
`},
		{"rails: find_by and select with SQL text", "VGL-RUBY-SQLI-001", "probe.rb", `
class C < ApplicationController
  def show
    User.find_by("email = '#{params[:email]}'")  # want
    User.find_by(email: params[:email])
    User.select("id, #{params[:col]}")  # want
    User.select(:id, :name)
  end
end
`},
		{"rails: a template chosen by the request", "VGL-RUBY-PATH-001", "probe.rb", `
class C < ApplicationController
  def show
    render params[:page]  # want
    render json: params[:page]
    render :show
    render template: "pages/#{params[:page]}"  # want
  end
end
`},
		{"stdlib: database drivers", "VGL-RUBY-SQLI-001", "probe.rb", `
class Repo
  def initialize
    @db = SQLite3::Database.new("app.db")
  end
end
post '/find' do
  @db.execute("SELECT * FROM t WHERE n = '#{params[:n]}'")  # want
  @db.execute("SELECT * FROM t WHERE n = ?", [params[:n]])
  DB.fetch("SELECT * FROM t WHERE n = '#{params[:n]}'")  # want
end
`},
		{"stdlib: LDAP filters", "VGL-RUBY-XPATH-001", "probe.rb", `
class C < ApplicationController
  def find
    ldap.search(base: BASE, filter: "(uid=#{params[:uid]})")  # want
    ldap.search(base: BASE, filter: Net::LDAP::Filter.equals("uid", params[:uid]))
  end
end
`},
		{"stdlib: URI(...).open and method()", "VGL-RUBY-SSRF-001", "probe.rb", `
class C < ApplicationController
  def fetch
    URI(params[:url]).open  # want
    URI.parse("https://example.com/feed").open
  end
end
`},
		{"stdlib: open-uri's URI.open; Kernel#open fetches nothing since Ruby 3", "VGL-RUBY-SSRF-001", "probe.rb", `
require 'open-uri'
class C < ApplicationController
  def fetch
    URI.open(params[:url]).read  # want
    open(params[:url]).read
    Kernel.open(params[:url]).read
    open("| curl #{params[:url]}").read
    open("https://example.com/feed").read
  end
end
`},
		{"stdlib: alias_method / alias of system and exec", "VGL-RUBY-CMDI-001", "probe.rb", `
class C < ApplicationController
  alias_method :run_cmd, :system
  alias launch exec
  alias_method :log_line, :puts

  def a
    run_cmd("ls #{params[:d]}")  # want
    self.run_cmd("du #{params[:d]}")  # want
    launch("tar xf #{params[:f]}")  # want
    log_line("ls #{params[:d]}")
    run_cmd("ls", params[:d])
  end
end
`},
		{"stdlib: method(name).call", "VGL-RUBY-EVAL-001", "probe.rb", `
class C < ApplicationController
  def run
    method(params[:action_name]).call  # want
    method(:index).call
  end
end
`},
		// sinatra
		{"sinatra: a route's return value is the body", "VGL-RUBY-XSS-001", "probe.rb", `
require 'sinatra'
get '/hi' do
  name = params[:name]
  "<h1>Hello #{name}</h1>"  # want
end
get '/safe' do
  "<h1>Hello #{Rack::Utils.escape_html(params[:name])}</h1>"
end
get '/api' do
  content_type :json
  { name: params[:name] }.to_json
end
get '/view' do
  erb :view
end
get '/ping' do
  out = ` + "`ping -c 1 #{params[:host]}`" + `
  out
end
`},
		{"sinatra: a string returned early by a route is the body", "VGL-RUBY-XSS-001", "probe.rb", `
require 'sinatra'
get '/hi' do
  name = params[:name]
  if name.empty?
    return "<p>nobody</p>"
  end
  return "<h1>Hello #{name}</h1>"  # want
end
get '/bye' do
  name = params[:name]
  return "<p>Bye #{name}</p>" if name.length > 3  # want
  "ok"
end
get '/safe' do
  return "<p>Bye #{Rack::Utils.escape_html(params[:name])}</p>"
end
get '/each' do
  [params[:a]].each do |a|
    return "<p>#{a.to_i}</p>"
  end
  "none"
end
`},
		{"rails: SQL given to a connection held in a variable", "VGL-RUBY-SQLI-001", "probe.rb", `
class ReportsController < ApplicationController
  def index
    conn = ActiveRecord::Base.connection
    conn.select_all("SELECT * FROM t WHERE a = '#{params[:a]}'")  # want
    conn.exec_query("SELECT * FROM t WHERE b = ?", "sql", [params[:b]])
    conn.select_value("SELECT count(*) FROM t")
  end
end
`},
		{"faraday: a client kept in a field, made by a constructor default", "VGL-RUBY-SSRF-001", "probe.rb", `
class Fetcher
  def initialize(http = Faraday.new(url: "https://api.example.com"))
    @http = http
  end

  def fetch(url)
    @http.get(url)  # want
  end

  def status
    @http.get("https://api.example.com/status")
  end
end

class PagesController < ApplicationController
  def show
    Fetcher.new.fetch(params[:url])
    Fetcher.new.status
  end
end
`},
		{"sinatra: inline templates and redirects", "VGL-RUBY-SSTI-001", "probe.rb", `
require 'sinatra'
get '/hello' do
  erb "<p>Hello #{params[:name]}</p>"  # want
end
get '/page' do
  erb :page, locals: { name: params[:name] }
end
`},
		{"sinatra: redirect", "VGL-RUBY-REDIRECT-001", "probe.rb", `
require 'sinatra'
get '/go' do
  redirect params[:to]  # want
end
get '/home' do
  redirect to('/home')
end
`},
		{"sinatra: send_file", "VGL-RUBY-PATH-001", "probe.rb", `
require 'sinatra'
get '/dl' do
  send_file File.join("files", params[:f])  # want
end
get '/dl2' do
  send_file File.join("files", File.basename(params[:f]))
end
`},
	})
}

// TestHasSinatraRoute: the line scan that lets files whose only input is a
// route capture through the keyword prefilter.
func TestHasSinatraRoute(t *testing.T) {
	cases := []struct {
		src  string
		want bool
	}{
		{"require 'sinatra'\nget '/x/:n' do |n|\nend\n", true},
		{"  post(\"/y\") { |a| a }", true},
		{"class A\n  delete '/z' do\n  end\nend", true},
		{"getter = 1\nget_user('x')\n", false},
		{"x.get '/a'\n# get '/b'\n", false},
		{"", false},
	}
	for _, tc := range cases {
		if got := hasSinatraRoute([]byte(tc.src)); got != tc.want {
			t.Errorf("hasSinatraRoute(%q) = %v, want %v", tc.src, got, tc.want)
		}
	}
}
