class ThemeApp
  # a display preference carries no identity
  def call(env)
    [200, { "Content-Type" => "text/plain", "Set-Cookie" => "theme=dark; Path=/" }, ["ok"]]
  end
end
