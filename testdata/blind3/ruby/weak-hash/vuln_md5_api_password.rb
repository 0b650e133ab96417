require "digest"

class ApiClient < ApplicationRecord
  validates :name, presence: true

  def password=(plain)
    self.password_digest = Digest::MD5.hexdigest("#{name}:#{plain}") # LABEL: CWE-328, CWE-916
  end

  def authenticate(plain)
    ActiveSupport::SecurityUtils.secure_compare(password_digest, Digest::MD5.hexdigest("#{name}:#{plain}"))
  end
end

class ApiClientsController < Admin::BaseController
  def create
    client = ApiClient.new(name: params[:name])
    client.password = params[:password]
    client.save!
    render json: { id: client.id }, status: :created
  end
end
