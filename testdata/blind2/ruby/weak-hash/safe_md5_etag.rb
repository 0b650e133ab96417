require "digest"

class ManifestsController < ApplicationController
  def show
    body = File.read(Rails.root.join("public", "manifest.json"))
    fresh_when etag: Digest::MD5.hexdigest(body), public: true
    render json: body unless performed?
  end
end
