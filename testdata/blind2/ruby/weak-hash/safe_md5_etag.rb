require "digest"

class ManifestsController < ApplicationController
  MANIFEST = "manifest.json".freeze

  def show
    body = File.read(Rails.root.join("public", MANIFEST))
    fresh_when etag: Digest::MD5.hexdigest(body), public: true
    render json: body unless performed?
  end
end
