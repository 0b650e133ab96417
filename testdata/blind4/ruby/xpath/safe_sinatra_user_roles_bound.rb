require "sinatra/base"
require "nokogiri"
require "json"

class RoleDirectory
  def initialize(path)
    @doc = File.open(path) { |f| Nokogiri::XML(f) }
  end

  def roles_for(username)
    @doc.xpath("//users/user[@name=$name]/role", nil, { "name" => username }).map(&:text)
  end
end

class RolesApp < Sinatra::Base
  DIRECTORY = RoleDirectory.new(ENV.fetch("ROLES_XML", "/etc/app/roles.xml"))

  get "/roles" do
    content_type :json
    user = request.env["HTTP_X_FORWARDED_USER"].to_s
    user = "anonymous" if user.empty?
    { user: user, roles: DIRECTORY.roles_for(user) }.to_json
  end
end
