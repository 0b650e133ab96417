class ServiceRequestsController < ApplicationController
  def create
    # a model whose name starts like a role word is still a model
    @request = ServiceRequest.new(params[:service_request]) # vigil:expect VGL-RUBY-MASS-001
    @request.save
  end
end
