class ExportsController < ApplicationController
  include Archiving

  def create
    dir = params[:dir] # vigil:source
    archive(dir)
    head :ok
  end
end
