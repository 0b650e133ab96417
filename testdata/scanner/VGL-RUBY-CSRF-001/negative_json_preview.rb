class JsonEchoController < ApplicationController
  skip_before_action :verify_authenticity_token

  # parses the posted document and answers with its keys: nothing changes
  def create
    doc = JSON.parse(request.body.read)
    render json: { keys: doc.keys }
  end
end
