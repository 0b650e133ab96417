class LoginApp
  def call(env)
    token = SecureRandom.urlsafe_base64(24)
    [200, { "Content-Type" => "text/plain", "Set-Cookie" => "auth_token=#{token}; Path=/; Secure" }, ["ok"]] # vigil:expect VGL-RUBY-COOKIE-003
  end
end
