require "oj"

class ImportsController < ApplicationController
  before_action :authenticate_user!

  def create
    payload = request.raw_post
    data = Oj.load(payload, mode: :object) # LABEL: CWE-502
    render json: { count: Array(data).size }
  end
end
