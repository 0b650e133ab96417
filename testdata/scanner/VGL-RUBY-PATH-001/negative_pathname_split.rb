# A Pathname made from the request path only splits it into its prefixes:
# nothing is read from or written to the file system.
class CookiePaths
  def initialize(app)
    @app = app
  end

  def call(env)
    req = Rack::Request.new(env)
    paths = []
    Pathname.new(req.path).descend { |p| paths << p.to_s }
    env["cookie.paths"] = paths
    @app.call(env)
  end
end
