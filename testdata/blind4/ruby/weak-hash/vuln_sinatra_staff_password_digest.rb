require "sinatra/base"
require "digest"
require "securerandom"

class StaffAccounts
  def initialize(db)
    @db = db
  end

  def digest(password, salt)
    Digest::SHA1.hexdigest("#{salt}--#{password}") # LABEL: CWE-328
  end

  def create(login, password)
    salt = SecureRandom.hex(8)
    @db[:staff].insert(login: login, salt: salt, password_digest: digest(password, salt))
  end

  def authenticate(login, password)
    row = @db[:staff].where(login: login).first
    row && Rack::Utils.secure_compare(row[:password_digest], digest(password, row[:salt])) ? row : nil
  end
end

class StaffApp < Sinatra::Base
  enable :sessions
  post "/staff" do
    halt 403 unless session[:role] == "admin"
    StaffAccounts.new(settings.db).create(params["login"], params["password"])
    status 201
  end
end
