class BioPresenter
  def initialize(view, text)
    @view = view
    @text = text
  end

  def html
    @view.raw(@view.sanitize(@text, tags: %w[b i p]))
  end
end

class ProfilesController < ApplicationController
  def show
    @bio = BioPresenter.new(view_context, params[:bio]).html
  end
end
